package org.aftermath.ode;

/**
 * One accepted integration step with its continuous (dense) output. Valid only during the
 * {@link StepListener#step} call that receives it; copy what you need.
 */
public interface DenseStep {

    /** @return the time at which the step starts */
    double start();

    /** @return the time at which the step ends (greater than {@link #start()}) */
    double end();

    /**
     * Interpolates the state inside the step.
     *
     * @param t   a time in [{@link #start()}, {@link #end()}]
     * @param out receives the state at t, length = system dimension
     */
    void interpolate(double t, double[] out);

    /**
     * @param start the time at which the step starts
     * @param end   the time at which it ends
     * @return a step of a system without state: there is nothing to interpolate
     */
    static DenseStep stateless(double start, double end) {
        return new StatelessStep(start, end);
    }
}
