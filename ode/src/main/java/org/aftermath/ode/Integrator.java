package org.aftermath.ode;

/**
 * Integrates an {@link OdeSystem} over one interval with no discontinuity inside it. Callers
 * integrate piecewise between events. An instance may keep a step-size hint between calls, so
 * use one instance per simulation (not shared between threads).
 */
public interface Integrator {

    /** @return the name by which {@link IntegratorKind#create} selects this method */
    String name();

    /**
     * Advances {@code y} from {@code t0} to {@code t1}, reporting every accepted step.
     *
     * @param system   the system; {@code system.dimension() == y.length}
     * @param t0       start time
     * @param y        state at t0 on entry, state at t1 on return
     * @param t1       end time, &gt; t0 (an empty interval t1 == t0 is a no-op)
     * @param listener receives each accepted step in time order; the last step ends exactly at t1
     * @param stats    work counters, incremented
     * @throws IntegrationException when the step size underflows or a state becomes non-finite
     */
    default void integrate(OdeSystem system, double t0, double[] y, double t1,
                           StepListener listener, IntegrationStats stats) {
        integrate(system, t0, y, t1, listener, stats, StopCondition.NEVER);
    }

    /**
     * Advances {@code y} from {@code t0} towards {@code t1} like
     * {@link #integrate(OdeSystem, double, double[], double, StepListener, IntegrationStats)},
     * but asks {@code stop} about every accepted step first and ends inside the step when it
     * names a time: the listener then receives the step cut at that time and {@code y} holds the
     * dense output there.
     *
     * @return the time reached: {@code t1}, or the time {@code stop} named
     * @throws IntegrationException when the step size underflows or a state becomes non-finite
     */
    double integrate(OdeSystem system, double t0, double[] y, double t1,
                     StepListener listener, IntegrationStats stats, StopCondition stop);

    /**
     * Tells the integrator that the next call starts from a state changed discontinuously (an
     * event), so that a step-size hint kept from the previous call may no longer suit it. The
     * default ignores it.
     */
    default void discontinuity() {
    }
}
