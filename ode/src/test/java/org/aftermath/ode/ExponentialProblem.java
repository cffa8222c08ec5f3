package org.aftermath.ode;

/** y' = r y, y(t) = y0 e^{r t}. */
final class ExponentialProblem extends ReferenceProblem {
    private final double rate;

    /**
     * @param rate per day
     * @param n0   cells
     * @param t1   days
     */
    ExponentialProblem(double rate, double n0, double t1) {
        super("exponential", 0, t1, n0);
        this.rate = rate;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = rate * y[0];
    }

    @Override
    public boolean isAutonomous() {
        return true;
    }

    @Override
    void exact(double t, double[] out) {
        out[0] = initialState()[0] * Math.exp(rate * t);
    }
}
