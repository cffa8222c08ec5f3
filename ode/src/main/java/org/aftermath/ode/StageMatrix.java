package org.aftermath.ode;

/**
 * The matrix W = I/(γh) − J of a Rosenbrock step, factorised and solved. With a declared Jacobian pattern the
 * planned sparse factorisation ({@link PatternLu}, minimum-degree order at first) is tried first; when its pivots
 * fail the threshold, partial pivoting ({@link SparseLu}) factorises, and after {@value #PLAN_FAILURES} such
 * failures in a row its row order becomes the plan. One instance per integrator and dimension.
 */
final class StageMatrix {

    /** Consecutive threshold failures of the planned order after which partial pivoting's order is planned. */
    private static final int PLAN_FAILURES = 3;

    private final int n;
    private final double[] w;
    private final SparseLu lu;
    private final int[] declaredPattern;
    private final PatternLu patternLu;
    private boolean patternFactors;
    private int patternFailures;

    /**
     * @param n       the dimension
     * @param pattern the Jacobian's declared row-major pattern, or null
     */
    StageMatrix(int n, int[] pattern) {
        this.n = n;
        this.w = new double[n * n];
        this.lu = new SparseLu(n);
        this.declaredPattern = pattern;
        this.patternLu = pattern == null ? null : new PatternLu(n, pattern);
        if (patternLu != null) {
            patternLu.planMinimumDegree();
        }
    }

    /** @return the declared pattern, or null */
    int[] pattern() {
        return declaredPattern;
    }

    /** @return the first row-major index inside the pattern (or anywhere, without one) holding a non-finite entry, or -1 */
    int firstNonFinite(double[] jac) {
        if (patternLu == null) {
            return IntegrationArguments.firstNonFinite(jac);
        }
        for (int q : patternLu.entries()) {
            if (!Double.isFinite(jac[q])) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Factorises I·diagonal − J.
     *
     * @return false when singular
     */
    boolean factor(double[] jac, double diagonal) {
        if (patternLu != null && patternLu.factor(jac, diagonal)) {
            patternFactors = true;
            patternFailures = 0;
            return true;
        }
        patternFactors = false;
        boolean replan = patternLu != null && ++patternFailures >= PLAN_FAILURES;
        for (int k = 0; k < n * n; k++) {
            w[k] = -jac[k];
        }
        for (int i = 0; i < n; i++) {
            w[i * n + i] += diagonal;
        }
        boolean ok = lu.factor(w);
        if (ok && replan) {
            patternLu.plan(lu.permutation());
            patternFailures = 0;
        }
        return ok;
    }

    /** Solves W·out = b with the last successful factors. */
    void solve(double[] b, double[] out) {
        if (patternFactors) {
            patternLu.solve(b, out);
        } else {
            lu.solve(b, out);
        }
    }
}
