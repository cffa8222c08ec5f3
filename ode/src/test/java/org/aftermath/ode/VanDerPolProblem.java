package org.aftermath.ode;

/** Van der Pol in the very stiff scaled form (LITERATURE.md §7): y1' = y2, y2' = ((1 − y1²) y2 − y1)/ε. */
final class VanDerPolProblem implements OdeSystem {
    private final double eps;
    private final boolean analyticJacobian;

    VanDerPolProblem(double eps, boolean analyticJacobian) {
        this.eps = eps;
        this.analyticJacobian = analyticJacobian;
    }

    /** The initial state of LITERATURE.md §7 (on the slow manifold to O(ε⁴)). */
    double[] initialState() {
        return new double[] {2, -2.0 / 3 + 10 * eps / 81 - 292 * eps * eps / 2187
                                - 1814 * eps * eps * eps / 19683};
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        f[0] = y[1];
        f[1] = ((1 - y[0] * y[0]) * y[1] - y[0]) / eps;
    }

    @Override
    public boolean isAutonomous() {
        return true;
    }

    @Override
    public boolean hasJacobian() {
        return analyticJacobian;
    }

    @Override
    public void jacobian(double t, double[] y, double[] j) {
        j[0] = 0;
        j[1] = 1;
        j[2] = (-2 * y[0] * y[1] - 1) / eps;
        j[3] = (1 - y[0] * y[0]) / eps;
    }
}
