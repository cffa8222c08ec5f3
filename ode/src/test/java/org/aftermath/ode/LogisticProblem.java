package org.aftermath.ode;

/** N' = r N (1 − N/K), N(t) = K / (1 + (K/N0 − 1) e^{−r t}). */
final class LogisticProblem extends ReferenceProblem {
    private final double rate;
    private final double capacity;

    LogisticProblem(double rate, double capacity, double n0, double t1) {
        super("logistic", 0, t1, n0);
        this.rate = rate;
        this.capacity = capacity;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = rate * y[0] * (1 - y[0] / capacity);
    }

    @Override
    void exact(double t, double[] out) {
        out[0] = capacity / (1 + (capacity / initialState()[0] - 1) * Math.exp(-rate * t));
    }
}
