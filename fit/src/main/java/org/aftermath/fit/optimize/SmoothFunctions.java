package org.aftermath.fit.optimize;

import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;

/** Adapters from the objective to what the optimisers minimise. */
public final class SmoothFunctions {

    private SmoothFunctions() {
    }

    /** @return the objective with its gradient and Fisher information */
    public static SmoothFunction of(Objective objective) {
        return (x, derivatives) -> {
            Evaluation e = objective.evaluate(x, derivatives);
            return new SmoothFunction.Point(e.value(), e.gradient(), e.information());
        };
    }

    /**
     * @return the objective with parameter {@code fixed} held at {@code value}: a function of the other
     *         coordinates (for profiles)
     */
    public static SmoothFunction fixing(SmoothFunction f, int fixed, double value) {
        return (z, derivatives) -> {
            double[] x = insert(z, fixed, value);
            SmoothFunction.Point p = f.evaluate(x, derivatives);
            if (!derivatives || !p.ok()) {
                return new SmoothFunction.Point(p.value(), null, null);
            }
            int n = z.length;
            int m = n + 1;
            double[] g = new double[n];
            double[] h = new double[n * n];
            for (int i = 0, a = 0; i < m; i++) {
                if (i == fixed) {
                    continue;
                }
                g[a] = p.gradient()[i];
                for (int j = 0, b = 0; j < m; j++) {
                    if (j == fixed) {
                        continue;
                    }
                    h[a * n + b] = p.hessian()[i * m + j];
                    b++;
                }
                a++;
            }
            return new SmoothFunction.Point(p.value(), g, h);
        };
    }

    /** @return z with {@code value} inserted at position {@code at} */
    public static double[] insert(double[] z, int at, double value) {
        double[] x = new double[z.length + 1];
        for (int i = 0, a = 0; i < x.length; i++) {
            x[i] = i == at ? value : z[a++];
        }
        return x;
    }

    /** @return x without position {@code at} */
    public static double[] remove(double[] x, int at) {
        double[] z = new double[x.length - 1];
        for (int i = 0, a = 0; i < x.length; i++) {
            if (i != at) {
                z[a++] = x[i];
            }
        }
        return z;
    }
}
