package org.aftermath.ode;

/** N' = a N ln(K/N), N(t) = K exp(ln(N0/K) e^{−a t}) (LITERATURE.md §1.1). */
final class GompertzProblem extends ReferenceProblem {
    private final double a;
    private final double capacity;

    GompertzProblem(double a, double capacity, double n0, double t1) {
        super("gompertz", 0, t1, n0);
        this.a = a;
        this.capacity = capacity;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = a * y[0] * Math.log(capacity / y[0]);
    }

    @Override
    public boolean isAutonomous() {
        return true;
    }

    @Override
    void exact(double t, double[] out) {
        out[0] = capacity * Math.exp(Math.log(initialState()[0] / capacity) * Math.exp(-a * t));
    }
}
