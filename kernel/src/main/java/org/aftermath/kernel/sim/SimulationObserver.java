package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * Watches a simulation; observers, never the model, produce output. All callbacks are
 * optional. Arrays passed in are the simulator's: read them during the call, copy to keep.
 */
public interface SimulationObserver {

    /**
     * Called once, after initialisation and before any event at the start time.
     *
     * @param model the compiled model (names, observables)
     * @param t0    start time (days)
     * @param y     initial state
     * @param p     initial parameters
     */
    default void start(CompiledModel model, double t0, double[] y, double[] p) { }

    /**
     * Called for every accepted integration step, in time order. The parameters are constant
     * over a step (events fall only between steps).
     *
     * @param step dense output of the step
     * @param p    the parameters in force during the step
     */
    default void step(DenseStep step, double[] p) { }

    /**
     * Called once per event, with the exact state just before and just after it.
     *
     * @param t       event time
     * @param eventId the model's event id
     * @param yBefore state before
     * @param pBefore parameters before
     * @param yAfter  state after
     * @param pAfter  parameters after
     */
    default void event(double t, String eventId, double[] yBefore, double[] pBefore,
                       double[] yAfter, double[] pAfter) { }

    /**
     * Called once at the end time, after any event there.
     *
     * @param t1 end time
     * @param y  final state
     * @param p  final parameters
     */
    default void finish(double t1, double[] y, double[] p) { }
}
