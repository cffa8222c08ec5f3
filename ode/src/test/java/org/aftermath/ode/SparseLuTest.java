package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Rosenbrock method's LU solver: known solutions of dense, sparse, pivoting and singular systems. */
class SparseLuTest {

    /** Solves A x = A·xTrue and returns the largest error relative to max |xTrue|. */
    private static double solveError(double[] a, int n, long seed) {
        Random random = new Random(seed);
        double[] xTrue = new double[n];
        for (int i = 0; i < n; i++) {
            xTrue[i] = random.nextDouble() * 2 - 1;
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i * n + j] * xTrue[j];
            }
        }
        SparseLu lu = new SparseLu(n);
        assertThat(lu.factor(a)).isTrue();
        double[] x = new double[n];
        lu.solve(b, x);
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.abs(x[i] - xTrue[i]));
        }
        return err;
    }

    @Test
    void solvesAHandWorkedSystemThatNeedsPivoting() {
        // zero in the top-left corner: the first row must be exchanged
        double[] a = {0, 2, 1,
                      1, 1, 0,
                      3, 0, 1};
        SparseLu lu = new SparseLu(3);
        assertThat(lu.factor(a)).isTrue();
        double[] x = new double[3];
        lu.solve(new double[] {5, 3, 4}, x); // A·(1, 2, 1) = (0 + 4 + 1, 1 + 2 + 0, 3 + 0 + 1)
        assertThat(x[0]).isCloseTo(1, within(1e-15));
        assertThat(x[1]).isCloseTo(2, within(1e-15));
        assertThat(x[2]).isCloseTo(1, within(1e-15));
    }

    @Test
    void solvesDenseRandomSystems() {
        int n = 30;
        Random random = new Random(7);
        double[] a = new double[n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = random.nextDouble() * 2 - 1;
        }
        for (int i = 0; i < n; i++) {
            a[i * n + i] += 3;
        }
        assertThat(solveError(a, n, 11)).isLessThan(1e-12);
    }

    @Test
    void solvesSparseSystemsAndStoresOnlyTheirNonZeros() {
        // a chain (bidiagonal) with a feedback entry in the corner, like I/(γh) − J of a PK chain
        int n = 40;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 10 + i;
            if (i > 0) {
                a[i * n + i - 1] = -3;
            }
        }
        a[n - 1] = 0.5;
        SparseLu lu = new SparseLu(n);
        assertThat(lu.factor(a)).isTrue();
        // L: the sub-diagonal (n - 1); U: the diagonal and the last column (n - 1 above it)
        assertThat(lu.nonZeros()).isEqualTo(3 * n - 2);
        assertThat(solveError(a, n, 3)).isLessThan(1e-14);
    }

    @Test
    void solvesInPlace() {
        double[] a = {4, 1, 2, 3};
        SparseLu lu = new SparseLu(2);
        assertThat(lu.factor(a)).isTrue();
        double[] b = {6, 8}; // 4x + y = 6, 2x + 3y = 8: x = 1, y = 2
        lu.solve(b, b);
        assertThat(b[0]).isCloseTo(1, within(1e-15));
        assertThat(b[1]).isCloseTo(2, within(1e-15));
    }

    @Test
    void reportsSingularMatrices() {
        SparseLu lu = new SparseLu(3);
        assertThat(lu.factor(new double[] {1, 2, 3, 2, 4, 6, 0, 1, 1})).isFalse();
        assertThat(lu.factor(new double[9])).isFalse();
        assertThat(lu.factor(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1})).isTrue();
    }
}
