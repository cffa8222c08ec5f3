package org.aftermath.ode;

/** Robertson's chemical kinetics (LITERATURE.md §7), y(0) = (1, 0, 0). */
final class RobertsonProblem implements OdeSystem {
    private final boolean analyticJacobian;

    RobertsonProblem(boolean analyticJacobian) {
        this.analyticJacobian = analyticJacobian;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        double r1 = 0.04 * y[0];
        double r2 = 1e4 * y[1] * y[2];
        double r3 = 3e7 * y[1] * y[1];
        yDot[0] = -r1 + r2;
        yDot[1] = r1 - r2 - r3;
        yDot[2] = r3;
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
        j[0] = -0.04;
        j[1] = 1e4 * y[2];
        j[2] = 1e4 * y[1];
        j[3] = 0.04;
        j[4] = -1e4 * y[2] - 6e7 * y[1];
        j[5] = -1e4 * y[1];
        j[6] = 0;
        j[7] = 6e7 * y[1];
        j[8] = 0;
    }
}
