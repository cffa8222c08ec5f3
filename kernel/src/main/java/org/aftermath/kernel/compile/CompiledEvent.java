package org.aftermath.kernel.compile;

/** A compiled time-triggered event. */
public interface CompiledEvent {

    /** @return the event id */
    String id();

    /**
     * @param p the parameter vector
     * @return the time at which the event fires (its trigger {@code time >= expr} evaluated on p)
     */
    double triggerTime(double[] p);

    /**
     * Applies every assignment, each evaluated on the values before the event, to the state
     * and parameter vectors in place.
     *
     * @param t the event time
     * @param y the state, modified
     * @param p the parameters, modified
     */
    void apply(double t, double[] y, double[] p);
}
