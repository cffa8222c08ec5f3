package org.aftermath.ode;

/**
 * Decides, after each accepted step and before any {@link StepListener} sees it, whether the
 * integration ends inside that step: the hook for state-triggered events located on the dense
 * output (the caller finds the root, the integrator stops there and hands back the state).
 */
@FunctionalInterface
public interface StopCondition {

    /** Never stops early. */
    StopCondition NEVER = step -> Double.NaN;

    /**
     * @param step the accepted step; valid only during this call
     * @return NaN to go on, or a time in ({@code step.start()}, {@code step.end()}] at which the
     *         integration ends (the listener then receives the step cut at that time)
     */
    double stopTime(DenseStep step);
}
