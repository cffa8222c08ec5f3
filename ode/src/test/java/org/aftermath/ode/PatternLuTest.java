package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The planned sparse factorisation of W = d·I − J: known solutions, fill-in, the pivot threshold
 * and HIRES through RODAS4 with a declared Jacobian pattern.
 */
class PatternLuTest {

    /** A random sparse J (about 3 entries per row besides the diagonal), as row-major values and pattern. */
    private static List<Integer> randomPattern(int n, Random random, double[] j) {
        List<Integer> pattern = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                int col = random.nextInt(n);
                j[i * n + col] = random.nextDouble() * 4 - 2;
                pattern.add(i * n + col);
            }
        }
        return pattern;
    }

    private static double[] w(double[] j, int n, double d) {
        double[] w = new double[n * n];
        for (int k = 0; k < n * n; k++) {
            w[k] = -j[k];
        }
        for (int i = 0; i < n; i++) {
            w[i * n + i] += d;
        }
        return w;
    }

    @Test
    void solvesRandomSparseSystemsInThePlannedOrder() {
        int n = 40;
        Random random = new Random(5);
        double[] j = new double[n * n];
        int[] pattern = randomPattern(n, random, j).stream().mapToInt(Integer::intValue).toArray();
        double d = 0.5; // W far from diagonally dominant: partial pivoting exchanges rows
        SparseLu dense = new SparseLu(n);
        assertThat(dense.factor(w(j, n, d))).isTrue();
        PatternLu lu = new PatternLu(n, pattern);
        assertThat(lu.factor(j, d)).as("no plan yet").isFalse();
        lu.plan(dense.permutation());
        assertThat(lu.factor(j, d)).isTrue();

        double[] xTrue = new double[n];
        for (int i = 0; i < n; i++) {
            xTrue[i] = Math.cos(i);
        }
        double[] ww = w(j, n, d);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                b[i] += ww[i * n + k] * xTrue[k];
            }
        }
        double[] x = new double[n];
        lu.solve(b, x);
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(xTrue[i], within(1e-11));
        }
    }

    @Test
    void handlesFillInOfAnArrowMatrix() {
        // J: a first column and a first row (arrow); eliminating column 0 fills the whole block
        int n = 5;
        double[] j = new double[n * n];
        List<Integer> pattern = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            j[k * n] = 1;
            j[k] = 1;
            pattern.add(k * n);
            pattern.add(k);
        }
        PatternLu lu = new PatternLu(n, pattern.stream().mapToInt(Integer::intValue).toArray());
        lu.plan(new int[] {0, 1, 2, 3, 4});
        double d = 3;
        assertThat(lu.factor(j, d)).isTrue();
        // W = 3I - J; W·(1, 1, 1, 1, 1) = (3 - 4, 3 - 1, ...) = (-1, 2, 2, 2, 2)
        double[] x = new double[n];
        lu.solve(new double[] {-1, 2, 2, 2, 2}, x);
        for (double v : x) {
            assertThat(v).isCloseTo(1, within(1e-14));
        }
    }

    @Test
    void minimumDegreeOrdersTheHubOfAnArrowLastAndCreatesNoFillIn() {
        int n = 6;
        double[] j = new double[n * n];
        List<Integer> pattern = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            j[k * n] = 1;
            j[k] = 1;
            pattern.add(k * n);
            pattern.add(k);
        }
        PatternLu lu = new PatternLu(n, pattern.stream().mapToInt(Integer::intValue).toArray());
        lu.planMinimumDegree();
        assertThat(lu.factorEntries()).isEqualTo(n + 2 * (n - 1));
        double d = 3;
        assertThat(lu.factor(j, d)).isTrue();
        // W·(1, ..., 1) = (3 - 5, 2, 2, 2, 2, 2)
        double[] b = {-2, 2, 2, 2, 2, 2};
        lu.solve(b, b);
        for (double v : b) {
            assertThat(v).isCloseTo(1, within(1e-14));
        }
    }

    @Test
    void minimumDegreeSolvesRandomDiagonallyDominantSystems() {
        int n = 40;
        Random random = new Random(9);
        double[] j = new double[n * n];
        int[] pattern = randomPattern(n, random, j).stream().mapToInt(Integer::intValue).toArray();
        double d = 20; // |W_ii| >= 20 - 2 > 3 · 2: the planned diagonal pivots pass the threshold
        PatternLu lu = new PatternLu(n, pattern);
        lu.planMinimumDegree();
        assertThat(lu.factor(j, d)).isTrue();
        double[] ww = w(j, n, d);
        double[] xTrue = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            xTrue[i] = Math.sin(3 * i);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                b[i] += ww[i * n + k] * xTrue[k];
            }
        }
        double[] x = new double[n];
        lu.solve(b, x);
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(xTrue[i], within(1e-13));
        }
    }

    @Test
    void refusesAPlannedPivotBelowTheThreshold() {
        // W = [[d, -1], [-1, d]] planned in natural order: the pivot d must be >= 0.1 · |−1|
        int[] pattern = {1, 2};
        double[] j = {0, 1, 1, 0};
        PatternLu lu = new PatternLu(2, pattern);
        lu.plan(new int[] {0, 1});
        assertThat(lu.factor(j, 0.1)).isTrue();
        assertThat(lu.factor(j, 0.099)).isFalse();
        assertThat(lu.factor(new double[4], 0)).as("singular").isFalse();
    }

    @Test
    void refusesPatternsOutsideTheMatrix() {
        assertThatThrownBy(() -> new PatternLu(2, new int[] {4})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }

    /** HIRES with its pattern declared: the same reference values as without (StiffProblemsTest). */
    @Test
    void hiresWithADeclaredPatternKeepsItsReferenceAccuracy() {
        HiresProblem hires = new HiresProblem(true);
        double[] probe = new double[64];
        hires.jacobian(0, new double[] {1, 1, 1, 1, 1, 1, 1, 1}, probe);
        List<Integer> entries = new ArrayList<>();
        for (int q = 0; q < 64; q++) {
            if (probe[q] != 0) {
                entries.add(q);
            }
        }
        int[] pattern = entries.stream().mapToInt(Integer::intValue).toArray();
        OdeSystem withPattern = new OdeSystem() {
            @Override public int dimension() { return 8; }
            @Override public void derivatives(double t, double[] y, double[] f) { hires.derivatives(t, y, f); }
            @Override public boolean isAutonomous() { return true; }
            @Override public boolean hasJacobian() { return true; }
            @Override public int[] jacobianPattern() { return pattern.clone(); }
            @Override public void jacobian(double t, double[] y, double[] j) { hires.jacobian(t, y, j); }
        };
        double[] y = HiresProblem.initialState();
        new RosenbrockIntegrator(new Tolerances(1e-10, 1e-14)).integrate(withPattern, 0, y, HiresProblem.T_END,
                s -> { }, new IntegrationStats());
        double[] reference = StiffProblemsTest.HIRES;
        for (int i = 0; i < 8; i++) {
            assertThat(y[i]).as("y%d", i + 1).isCloseTo(reference[i], withinPercentage(1e-4));
        }
    }
}
