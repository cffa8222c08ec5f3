package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.ModelCompiler.Backend;
import org.aftermath.kernel.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The generated and interpreted back-ends compute bit-identical results (not merely close ones):
 * they perform the same IEEE operations in the same order. NaNs compare equal to NaNs.
 */
class BackendEquivalenceTest {

    /** Expression → value at time 7 with x = 2, y = 3. */
    private static final Object[][] TABLE = {
        {"1 + 2*3", 7.0}, {"2^3^2", 512.0}, {"-2^2", -4.0}, {"(-2)^2", 4.0}, {"-x^2", -4.0},
        {"10/4/5", 0.5}, {"1 - 2 - 3", -4.0}, {"2*3 > 5", 1.0}, {"1 < 2 && 3 < 2", 0.0},
        {"1 || 0 && 0", 0.0}, {"!0 + 1", 2.0}, {"!(0 + 1)", 0.0}, {"x == 2", 1.0}, {"x != 2", 0.0},
        {"2 <= 2", 1.0}, {"3 >= 4", 0.0}, {"piecewise(1, x > 3, 2, x > 1, 3)", 2.0},
        {"piecewise(1, x > 3, 3)", 3.0}, {"min(3, x, 5)", 2.0}, {"max(1, 2, 7, 3)", 7.0},
        {"hill(2, 2, 3)", 0.5}, {"hill(0, 2, 3)", 0.0}, {"hillr(0, 1, 2)", 1.0}, {"hillr(y, y, 4)", 0.5},
        {"ln(exp(1))", 1.0}, {"log10(1000)", 3.0}, {"sqrt(16)", 4.0}, {"abs(-3)", 3.0},
        {"and(1, 1, 0)", 0.0}, {"or(0, 0, 1)", 1.0}, {"not(0)", 1.0}, {".5 + 1e-1", 0.6},
        {"time", 7.0}, {"time*x - y", 11.0}, {"x*-y", -6.0}, {"-(2)", -2.0}, {"1e300*1e300", Double.POSITIVE_INFINITY},
        {"0/0", Double.NaN}, {"ln(-1)", Double.NaN}, {"-0*1", -0.0},
    };

    @Test
    void expressionTableEvaluatesToTheExpectedValuesOnBothBackEnds() {
        StringBuilder text = new StringBuilder("species S = 1; S' = 0\nx = 2; y = 3\n");
        for (int i = 0; i < TABLE.length; i++) {
            text.append("v").append(i).append(" := ").append(TABLE[i][0]).append('\n');
        }
        Model model = AntimonyReader.parse(text.toString(), "table.ant");
        List<double[]> results = new ArrayList<>();
        for (Backend b : Backend.values()) {
            CompiledModel m = ModelCompiler.compile(model, b);
            double[] p = m.defaultParameters();
            double[] out = new double[TABLE.length];
            m.observables(7, new double[] {1}, p, out);
            for (int i = 0; i < TABLE.length; i++) {
                double expected = (Double) TABLE[i][1];
                assertThat(out[i]).as("%s on %s", TABLE[i][0], b).isCloseTo(expected, within(1e-12));
                if (expected == 0) {
                    assertThat(Double.doubleToLongBits(out[i])).as("sign of %s", TABLE[i][0])
                            .isEqualTo(Double.doubleToLongBits(expected));
                }
            }
            results.add(out);
        }
        assertBitIdentical(results.get(0), results.get(1), "table");
    }

    @Test
    void randomModelsEvaluateBitIdentically() {
        Random rnd = new Random(42);
        for (long seed = 1; seed <= 30; seed++) {
            Model model = RandomModels.model(seed, false);
            CompiledModel g = ModelCompiler.compile(model, Backend.GENERATED);
            CompiledModel i = ModelCompiler.compile(model, Backend.INTERPRETED);
            int n = g.stateNames().size();
            int np = g.parameterNames().size();
            int no = g.observableNames().size();
            assertThat(g.defaultParameters()).containsExactly(i.defaultParameters());
            for (int trial = 0; trial < 20; trial++) {
                double t = rnd.nextInt(4) == 0 ? 0 : 10 * rnd.nextDouble();
                double[] y = random(rnd, n);
                double[] p = random(rnd, np);
                String where = "seed " + seed + " trial " + trial;

                double[] dg = new double[n];
                double[] di = new double[n];
                g.system(p).derivatives(t, y, dg);
                i.system(p).derivatives(t, y, di);
                assertBitIdentical(dg, di, where + " derivatives");

                double[] og = new double[no];
                double[] oi = new double[no];
                g.observables(t, y, p, og);
                i.observables(t, y, p, oi);
                assertBitIdentical(og, oi, where + " observables");

                double[] pg = p.clone();
                double[] pi = p.clone();
                double[] yg = new double[n];
                double[] yi = new double[n];
                g.initialize(pg, yg);
                i.initialize(pi, yi);
                assertBitIdentical(yg, yi, where + " initial state");
                assertBitIdentical(pg, pi, where + " initial parameters");

                for (int e = 0; e < g.events().size(); e++) {
                    assertBitIdentical(new double[] {g.events().get(e).triggerTime(p)},
                            new double[] {i.events().get(e).triggerTime(p)}, where + " trigger " + e);
                    double[] ye = y.clone();
                    double[] ye2 = y.clone();
                    double[] pe = p.clone();
                    double[] pe2 = p.clone();
                    g.events().get(e).apply(t, ye, pe);
                    i.events().get(e).apply(t, ye2, pe2);
                    assertBitIdentical(ye, ye2, where + " event " + e + " state");
                    assertBitIdentical(pe, pe2, where + " event " + e + " parameters");
                }
            }
        }
    }

    private static double[] random(Random rnd, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = switch (rnd.nextInt(8)) {
                case 0 -> 0.0;
                case 1 -> -1.0;
                case 2 -> 1e-12 * rnd.nextDouble();
                default -> 6 * rnd.nextDouble() - 3;
            };
        }
        return v;
    }

    static void assertBitIdentical(double[] a, double[] b, String where) {
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.length; k++) {
            assertThat(Double.doubleToLongBits(a[k])).as("%s [%d]: %s vs %s", where, k, a[k], b[k])
                    .isEqualTo(Double.doubleToLongBits(b[k]));
        }
    }
}
