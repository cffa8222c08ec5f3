package org.aftermath.ode;

/**
 * A smooth, non-autonomous, non-stiff pair: y1' = cos(t) y1, y2' = (sin(t)/2 − 1/4) y2, with
 * y1 = exp(sin t), y2 = exp(−t/4 + (1 − cos t)/2). Optional analytic Jacobian, so convergence
 * studies are not polluted by difference-quotient errors.
 */
final class SineExponentProblem extends ReferenceProblem {
    private final boolean analyticJacobian;

    SineExponentProblem(double t1, boolean analyticJacobian) {
        super("sine-exponent", 0, t1, 1, 1);
        this.analyticJacobian = analyticJacobian;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = Math.cos(t) * y[0];
        yDot[1] = (0.5 * Math.sin(t) - 0.25) * y[1];
    }

    @Override
    public boolean hasJacobian() {
        return analyticJacobian;
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        dfdy[0] = Math.cos(t);
        dfdy[1] = 0;
        dfdy[2] = 0;
        dfdy[3] = 0.5 * Math.sin(t) - 0.25;
    }

    @Override
    void exact(double t, double[] out) {
        out[0] = Math.exp(Math.sin(t));
        out[1] = Math.exp(-0.25 * t + 0.5 * (1 - Math.cos(t)));
    }
}
