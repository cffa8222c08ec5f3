package org.aftermath.cohort.sensitivity;

/**
 * Model outputs on a {@link SaltelliDesign}: f(A), f(B) and f(A_B^(i)), each of length N.
 */
public final class SaltelliOutputs {

    private final double[] fa;
    private final double[] fb;
    private final double[][] fab;

    private SaltelliOutputs(double[] fa, double[] fb, double[][] fab) {
        this.fa = fa;
        this.fb = fb;
        this.fab = fab;
    }

    /**
     * @param runs outputs in the order of {@link SaltelliDesign#points()} (length N (k + 2), all finite)
     * @param n    base sample size N
     * @param k    number of inputs
     */
    public static SaltelliOutputs fromRuns(double[] runs, int n, int k) {
        if (runs.length != n * (k + 2)) {
            throw new IllegalArgumentException("sensitivity: expected N (k + 2) = " + n * (k + 2)
                    + " outputs, got " + runs.length);
        }
        for (int r = 0; r < runs.length; r++) {
            if (!Double.isFinite(runs[r])) {
                throw new IllegalArgumentException("sensitivity: model output of run " + r + " is not finite: " + runs[r]);
            }
        }
        double[] fa = java.util.Arrays.copyOfRange(runs, 0, n);
        double[] fb = java.util.Arrays.copyOfRange(runs, n, 2 * n);
        double[][] fab = new double[k][];
        for (int i = 0; i < k; i++) {
            fab[i] = java.util.Arrays.copyOfRange(runs, (2 + i) * n, (3 + i) * n);
        }
        return new SaltelliOutputs(fa, fb, fab);
    }

    int n() {
        return fa.length;
    }

    int k() {
        return fab.length;
    }

    double fa(int r) {
        return fa[r];
    }

    double fb(int r) {
        return fb[r];
    }

    double fab(int i, int r) {
        return fab[i][r];
    }
}
