package org.aftermath.ode;

/**
 * LU factorisation with partial pivoting (PA = LU) of a small square matrix that is mostly
 * zeros, as the matrices I/(γh) − J of compartment and signalling models are. The elimination
 * skips zero multipliers and touches only the non-zero entries of each pivot row; the factors
 * are then stored row by row as lists of non-zero entries, so that a solve costs about twice the
 * number of non-zeros of L and U instead of n². On a dense matrix it does the work of ordinary
 * Gaussian elimination.
 *
 * <p>Pivoting: the entry of largest magnitude in the column; a pivot of magnitude below
 * {@link Double#MIN_NORMAL} (the threshold Hipparchus' {@code LUDecomposition} uses here) makes
 * the matrix singular. One instance per integrator: it keeps its work arrays.
 */
final class SparseLu {

    private final int n;
    private final double[] a;
    private final int[] perm;
    private final int[] rowNonZeros;
    private final int[] lStart;
    private final int[] uStart;
    private final int[] lColumn;
    private final int[] uColumn;
    private final double[] lValue;
    private final double[] uValue;
    private final double[] diagonal;
    private final double[] x;
    private int nonZeros;

    /** @param n the dimension, &gt;= 1 */
    SparseLu(int n) {
        this.n = n;
        a = new double[n * n];
        perm = new int[n];
        rowNonZeros = new int[n];
        lStart = new int[n + 1];
        uStart = new int[n + 1];
        lColumn = new int[n * n];
        uColumn = new int[n * n];
        lValue = new double[n * n];
        uValue = new double[n * n];
        diagonal = new double[n];
        x = new double[n];
    }

    /**
     * Factorises a matrix.
     *
     * @param matrix row-major n×n, {@code matrix[i * n + j]}; not modified
     * @return false when the matrix is singular (the factors are then unusable)
     */
    boolean factor(double[] matrix) {
        System.arraycopy(matrix, 0, a, 0, n * n);
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int pivotRow = k;
            double largest = Math.abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a[i * n + k]);
                if (v > largest) {
                    largest = v;
                    pivotRow = i;
                }
            }
            if (!(largest >= Double.MIN_NORMAL)) {
                return false;
            }
            if (pivotRow != k) {
                swapRows(k, pivotRow);
            }
            int rowK = k * n;
            int count = 0;
            for (int j = k + 1; j < n; j++) {
                if (a[rowK + j] != 0) {
                    rowNonZeros[count++] = j;
                }
            }
            double pivot = a[rowK + k];
            for (int i = k + 1; i < n; i++) {
                int rowI = i * n;
                double m = a[rowI + k];
                if (m == 0) {
                    continue;
                }
                m /= pivot;
                a[rowI + k] = m;
                for (int c = 0; c < count; c++) {
                    int j = rowNonZeros[c];
                    a[rowI + j] -= m * a[rowK + j];
                }
            }
        }
        compress();
        return true;
    }

    private void swapRows(int r, int s) {
        int ro = r * n;
        int so = s * n;
        for (int j = 0; j < n; j++) {
            double t = a[ro + j];
            a[ro + j] = a[so + j];
            a[so + j] = t;
        }
        int t = perm[r];
        perm[r] = perm[s];
        perm[s] = t;
    }

    private void compress() {
        int l = 0;
        int u = 0;
        for (int i = 0; i < n; i++) {
            lStart[i] = l;
            uStart[i] = u;
            int row = i * n;
            for (int j = 0; j < i; j++) {
                double v = a[row + j];
                if (v != 0) {
                    lColumn[l] = j;
                    lValue[l++] = v;
                }
            }
            diagonal[i] = a[row + i];
            for (int j = i + 1; j < n; j++) {
                double v = a[row + j];
                if (v != 0) {
                    uColumn[u] = j;
                    uValue[u++] = v;
                }
            }
        }
        lStart[n] = l;
        uStart[n] = u;
        nonZeros = l + u + n;
    }

    /** @return the row order of the last successful factorisation: perm[k] = the original row that is row k */
    int[] permutation() {
        return perm.clone();
    }

    /** @return the number of stored non-zero entries of L and U (diagonal included) */
    int nonZeros() {
        return nonZeros;
    }

    /**
     * Solves A·out = b with the last successful factorisation.
     *
     * @param b   right-hand side, length n; not modified
     * @param out receives the solution, length n (may be b)
     */
    void solve(double[] b, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = b[perm[i]];
            for (int e = lStart[i]; e < lStart[i + 1]; e++) {
                s -= lValue[e] * x[lColumn[e]];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int e = uStart[i]; e < uStart[i + 1]; e++) {
                s -= uValue[e] * x[uColumn[e]];
            }
            x[i] = s / diagonal[i];
        }
        System.arraycopy(x, 0, out, 0, n);
    }
}
