package org.aftermath.kernel.compile;

import org.aftermath.kernel.model.Event;

/**
 * A compiled event (semantics: {@link Event}). A scheduled event ({@code time >= e}, e constant)
 * has a {@link #triggerTime}; any other trigger is evaluated by the simulator on the state,
 * at the times its time comparisons switch ({@link #switchTimes}) and where one of its other
 * comparisons ({@link #atoms}) changes on the dense output.
 */
public interface CompiledEvent {

    /** @return the event id */
    String id();

    /** @return the model's event: its flags, delay and priority */
    Event definition();

    /** @return true for a scheduled event ({@code time >= e} with e constant): it has a {@link #triggerTime} */
    boolean scheduled();

    /**
     * @param p the parameter vector
     * @return for a scheduled event, the time at which it fires (e of {@code time >= e} evaluated
     *         on p); NaN for any other trigger
     */
    double triggerTime(double[] p);

    /** @return the times at which the trigger's time comparisons switch (their e, evaluated on p) */
    double[] switchTimes(double[] p);

    /** @return the trigger's value at (t, y, p) */
    boolean trigger(double t, double[] y, double[] p);

    /** @return the comparisons of the trigger that the simulator locates on the dense output */
    Comparisons atoms();

    /** @return the delay evaluated at (t, y, p); 0 when the event has none */
    double delay(double t, double[] y, double[] p);

    /** @return the priority evaluated at (t, y, p); NaN when the event has none */
    double priority(double t, double[] y, double[] p);

    /** @return the number of assignments */
    int assignmentCount();

    /** Evaluates every assignment's math at (t, y, p) into {@code out}, in the event's order. */
    void values(double t, double[] y, double[] p, double[] out);

    /**
     * Writes values computed by {@link #values} (possibly at an earlier trigger time), each times
     * its assignment's factor evaluated now at (t, y, p), to the state and parameter vectors.
     */
    void assign(double[] values, double t, double[] y, double[] p);

    /**
     * Applies every assignment, each evaluated on the values before the event, to the state
     * and parameter vectors in place: {@link #values} then {@link #assign}.
     *
     * @param t the event time
     * @param y the state, modified
     * @param p the parameters, modified
     */
    void apply(double t, double[] y, double[] p);
}
