package org.aftermath.ode;

/**
 * The Jacobian ∂f/∂y by forward differences, one right-hand side per column: what the Rosenbrock integrators use
 * for a system without an analytic one. Column j is (f(t, y + δ_j e_j) − f(t, y)) / δ_j with
 * δ_j = √ε · max(|y_j|, floor), taken as the representable difference of the shifted and the original y_j.
 */
final class DifferenceJacobian {

    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

    private DifferenceJacobian() {
    }

    /**
     * @param system  the system
     * @param t       time
     * @param y       the state (shifted one component at a time, restored on return)
     * @param f0      f(t, y)
     * @param floor   the smallest |y_j| an increment is scaled by (the absolute over the relative tolerance)
     * @param jac     receives the n×n Jacobian, row-major
     * @param scratch work array of length n
     * @return the right-hand sides evaluated (n)
     */
    static int fill(OdeSystem system, double t, double[] y, double[] f0, double floor, double[] jac,
                    double[] scratch) {
        int n = y.length;
        for (int j = 0; j < n; j++) {
            double yj = y[j];
            y[j] = yj + SQRT_EPS * Math.max(Math.abs(yj), floor);
            double delta = y[j] - yj;
            system.derivatives(t, y, scratch);
            y[j] = yj;
            for (int i = 0; i < n; i++) {
                jac[i * n + j] = (scratch[i] - f0[i]) / delta;
            }
        }
        return n;
    }
}
