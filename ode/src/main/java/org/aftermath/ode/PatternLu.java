package org.aftermath.ode;

/**
 * LU factorisation of W = d·I − J for a Jacobian J whose non-zero entries lie in a fixed, known
 * pattern, in a planned order: a minimum-degree symmetric order ({@link #planMinimumDegree}) or
 * the row order of an earlier factorisation by partial pivoting ({@link #plan(int[])},
 * {@link SparseLu}). The fill-in of the order is worked out once; each factorisation then only
 * scatters the pattern's entries and runs the precomputed eliminations, and the solves read the
 * factors from a compact array.
 *
 * <p>Threshold pivoting: the planned pivot of column k is used only if its magnitude is at least
 * {@value #THRESHOLD} times the largest magnitude below it in the column (and not below
 * {@link Double#MIN_NORMAL}); otherwise {@link #factor} returns false and the caller factorises
 * with partial pivoting and plans again. Sparse direct solvers use the same rule (UMFPACK's
 * default threshold is 0.1); the growth of entries per step is then at most 1 + 1/threshold.
 *
 * <p>One instance per integrator: it keeps its work arrays. Not thread-safe.
 */
final class PatternLu {

    /** Relative magnitude a planned pivot must keep within its column. */
    static final double THRESHOLD = 0.1;

    private final int n;
    /** Row-major indices of J's possible non-zeros, diagonal entries included. */
    private final int[] entries;
    private final boolean[] isDiagonal;
    private boolean planned;
    private int[] perm;
    private int[] columnOrder;
    /** Per entry of {@link #entries}: its slot in {@link #values} for the planned row order. */
    private int[] scatter;
    private double[] values;
    private int[] diagonalSlot;
    /** Per column k: the L entries below the pivot, [lColumnStart[k], lColumnStart[k + 1]). */
    private int[] lColumnStart;
    private int[] lSlot;
    /** Per L entry: where its updates of the row below start in {@link #updateTarget}. */
    private int[] updateStart;
    private int[] updateTarget;
    /** Per column k: the U entries right of the pivot, [uRowStart[k], uRowStart[k + 1]). */
    private int[] uRowStart;
    private int[] uSlot;
    private int[] uColumn;
    /** Per row i: its L entries, [lRowStart[i], lRowStart[i + 1]), slot and column. */
    private int[] lRowStart;
    private int[] lRowSlot;
    /** The factors in solve order, copied after each factorisation: L by rows, U by rows, the diagonal. */
    private double[] lSolve;
    private double[] uSolve;
    private double[] dSolve;
    private int[] lRowColumn;
    private final double[] x;

    /**
     * @param n       the dimension
     * @param pattern row-major indices {@code i * n + j} of the entries J may hold (any order,
     *                duplicates allowed); the diagonal is added
     */
    PatternLu(int n, int[] pattern) {
        this.n = n;
        boolean[] in = new boolean[n * n];
        for (int q : pattern) {
            if (q < 0 || q >= n * n) {
                throw new IllegalArgumentException("Jacobian pattern index " + q + " outside a " + n + " x " + n
                        + " matrix");
            }
            in[q] = true;
        }
        for (int i = 0; i < n; i++) {
            in[i * n + i] = true;
        }
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        entries = new int[count];
        isDiagonal = new boolean[count];
        int e = 0;
        for (int q = 0; q < n * n; q++) {
            if (in[q]) {
                entries[e] = q;
                isDiagonal[e++] = q / n == q % n;
            }
        }
        x = new double[n];
    }

    /** @return the number of entries of L and U (diagonal included) in the planned order */
    int factorEntries() {
        return values.length;
    }

    /** @return the row-major indices of the pattern, diagonal included, ascending */
    int[] entries() {
        return entries;
    }

    /**
     * Plans the factors for a symmetric order chosen by the minimum-degree rule on the pattern
     * of W + Wᵀ (repeatedly eliminate the variable with the fewest remaining neighbours, lowest
     * index first on ties), with the diagonal as pivots: the fill-in of that order is small (the
     * Figure 3C model: 351 entries in L and U, against 501 in the natural order).
     */
    void planMinimumDegree() {
        boolean[] g = new boolean[n * n];
        for (int q : entries) {
            int i = q / n;
            int j = q % n;
            if (i != j) {
                g[i * n + j] = true;
                g[j * n + i] = true;
            }
        }
        boolean[] done = new boolean[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            int best = -1;
            int bestDegree = Integer.MAX_VALUE;
            for (int v = 0; v < n; v++) {
                if (!done[v]) {
                    int degree = 0;
                    for (int u = 0; u < n; u++) {
                        degree += !done[u] && g[v * n + u] ? 1 : 0;
                    }
                    if (degree < bestDegree) {
                        bestDegree = degree;
                        best = v;
                    }
                }
            }
            order[k] = best;
            done[best] = true;
            for (int u = 0; u < n; u++) {
                if (!done[u] && g[best * n + u]) {
                    for (int w = 0; w < n; w++) {
                        if (!done[w] && w != u && g[best * n + w]) {
                            g[u * n + w] = true;
                        }
                    }
                }
            }
        }
        plan(order, order);
    }

    /**
     * Works out the fill-in and the eliminations for a row order, columns in their natural order
     * (the order of a partial-pivoting factorisation, {@link SparseLu#permutation()}).
     *
     * @param rowOrder rowOrder[k] = the original row that is row k of the factors
     */
    void plan(int[] rowOrder) {
        int[] natural = new int[n];
        for (int k = 0; k < n; k++) {
            natural[k] = k;
        }
        plan(rowOrder, natural);
    }

    /**
     * Works out the fill-in and the eliminations for given row and column orders.
     *
     * @param rowOrder    rowOrder[k] = the original row that is row k of the factors
     * @param columns  columns[k] = the original column (unknown) that is column k
     */
    private void plan(int[] rowOrder, int[] columns) {
        perm = rowOrder.clone();
        columnOrder = columns.clone();
        int[] inverse = new int[n];
        int[] inverseColumn = new int[n];
        for (int k = 0; k < n; k++) {
            inverse[perm[k]] = k;
            inverseColumn[columnOrder[k]] = k;
        }
        boolean[] p = new boolean[n * n];
        for (int q : entries) {
            p[inverse[q / n] * n + inverseColumn[q % n]] = true;
        }
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < n; i++) {
                if (p[i * n + k]) {
                    for (int j = k + 1; j < n; j++) {
                        if (p[k * n + j]) {
                            p[i * n + j] = true;
                        }
                    }
                }
            }
        }
        int[] slot = new int[n * n];
        int slots = 0;
        for (int q = 0; q < n * n; q++) {
            slot[q] = p[q] ? slots++ : -1;
        }
        values = new double[slots];
        scatter = new int[entries.length];
        for (int e = 0; e < entries.length; e++) {
            scatter[e] = slot[inverse[entries[e] / n] * n + inverseColumn[entries[e] % n]];
        }
        diagonalSlot = new int[n];
        lColumnStart = new int[n + 1];
        uRowStart = new int[n + 1];
        int lCount = 0;
        int uCount = 0;
        int updates = 0;
        for (int k = 0; k < n; k++) {
            int below = 0;
            int right = 0;
            for (int i = k + 1; i < n; i++) {
                below += p[i * n + k] ? 1 : 0;
                right += p[k * n + i] ? 1 : 0;
            }
            lCount += below;
            uCount += right;
            updates += below * right;
        }
        lSlot = new int[lCount];
        updateStart = new int[lCount];
        updateTarget = new int[updates];
        uSlot = new int[uCount];
        uColumn = new int[uCount];
        int l = 0;
        int u = 0;
        int t = 0;
        for (int k = 0; k < n; k++) {
            diagonalSlot[k] = slot[k * n + k];
            uRowStart[k] = u;
            for (int j = k + 1; j < n; j++) {
                if (p[k * n + j]) {
                    uSlot[u] = slot[k * n + j];
                    uColumn[u++] = j;
                }
            }
            lColumnStart[k] = l;
            for (int i = k + 1; i < n; i++) {
                if (p[i * n + k]) {
                    lSlot[l] = slot[i * n + k];
                    updateStart[l++] = t;
                    for (int c = uRowStart[k]; c < u; c++) {
                        updateTarget[t++] = slot[i * n + uColumn[c]];
                    }
                }
            }
        }
        uRowStart[n] = u;
        lColumnStart[n] = l;
        lRowStart = new int[n + 1];
        lRowSlot = new int[lCount];
        lRowColumn = new int[lCount];
        int r = 0;
        for (int i = 0; i < n; i++) {
            lRowStart[i] = r;
            for (int j = 0; j < i; j++) {
                if (p[i * n + j]) {
                    lRowSlot[r] = slot[i * n + j];
                    lRowColumn[r++] = j;
                }
            }
        }
        lRowStart[n] = r;
        lSolve = new double[lCount];
        uSolve = new double[uCount];
        dSolve = new double[n];
        planned = true;
    }

    /**
     * Factorises W = d·I − J in the planned row order.
     *
     * @param jacobian row-major J, zero outside the pattern
     * @param d        the diagonal shift
     * @return false when a planned pivot fails the threshold (or the plan is missing): factorise
     *         with partial pivoting instead
     */
    boolean factor(double[] jacobian, double d) {
        if (!planned) {
            return false;
        }
        java.util.Arrays.fill(values, 0);
        for (int e = 0; e < entries.length; e++) {
            double w = -jacobian[entries[e]];
            values[scatter[e]] = isDiagonal[e] ? w + d : w;
        }
        for (int k = 0; k < n; k++) {
            double pivot = values[diagonalSlot[k]];
            double largest = 0;
            for (int e = lColumnStart[k]; e < lColumnStart[k + 1]; e++) {
                largest = Math.max(largest, Math.abs(values[lSlot[e]]));
            }
            double magnitude = Math.abs(pivot);
            if (!(magnitude >= Double.MIN_NORMAL && magnitude >= THRESHOLD * largest)) {
                return false;
            }
            int uFrom = uRowStart[k];
            int uCount = uRowStart[k + 1] - uFrom;
            for (int e = lColumnStart[k]; e < lColumnStart[k + 1]; e++) {
                double m = values[lSlot[e]];
                if (m == 0) {
                    continue;
                }
                m /= pivot;
                values[lSlot[e]] = m;
                int t = updateStart[e];
                for (int c = 0; c < uCount; c++) {
                    values[updateTarget[t + c]] -= m * values[uSlot[uFrom + c]];
                }
            }
        }
        for (int e = 0; e < lSolve.length; e++) {
            lSolve[e] = values[lRowSlot[e]];
        }
        for (int e = 0; e < uSolve.length; e++) {
            uSolve[e] = values[uSlot[e]];
        }
        for (int k = 0; k < n; k++) {
            dSolve[k] = values[diagonalSlot[k]];
        }
        return true;
    }

    /**
     * Solves W·out = b with the last successful {@link #factor}.
     *
     * @param b   right-hand side; not modified
     * @param out the solution (may be b)
     */
    void solve(double[] b, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = b[perm[i]];
            for (int e = lRowStart[i]; e < lRowStart[i + 1]; e++) {
                s -= lSolve[e] * x[lRowColumn[e]];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int e = uRowStart[i]; e < uRowStart[i + 1]; e++) {
                s -= uSolve[e] * x[uColumn[e]];
            }
            x[i] = s / dSolve[i];
        }
        for (int k = 0; k < n; k++) {
            out[columnOrder[k]] = x[k];
        }
    }
}
