package org.aftermath.ode;

/**
 * A test problem with a closed-form solution, in the manner of Hipparchus' TestProblem1..8.
 * Time in days.
 */
abstract class ReferenceProblem implements OdeSystem {
    private final String name;
    private final double t0;
    private final double t1;
    private final double[] y0;

    ReferenceProblem(String name, double t0, double t1, double... y0) {
        this.name = name;
        this.t0 = t0;
        this.t1 = t1;
        this.y0 = y0.clone();
    }

    /** Writes the exact solution at t. */
    abstract void exact(double t, double[] out);

    double t0() {
        return t0;
    }

    double t1() {
        return t1;
    }

    /** @return a fresh copy of the initial state */
    double[] initialState() {
        return y0.clone();
    }

    @Override
    public int dimension() {
        return y0.length;
    }

    /**
     * Magnitude below which errors are measured absolutely: the ratio absolute/relative of
     * {@link Tolerances#DEFAULT}, under which the default tolerances stop controlling relative
     * error. Matters only for a component that starts at 0 (the peripheral PK compartment).
     */
    static final double ERROR_FLOOR = Tolerances.DEFAULT.absolute() / Tolerances.DEFAULT.relative();

    /** @return max over components of |y_i − exact_i| / max(|exact_i|, {@link #ERROR_FLOOR}) at t */
    double relativeError(double t, double[] y) {
        double[] e = new double[y.length];
        exact(t, e);
        double worst = 0;
        for (int i = 0; i < y.length; i++) {
            worst = Math.max(worst, Math.abs(y[i] - e[i]) / Math.max(Math.abs(e[i]), ERROR_FLOOR));
        }
        return worst;
    }

    @Override
    public String toString() {
        return name;
    }
}
