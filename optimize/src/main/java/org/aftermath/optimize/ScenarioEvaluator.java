package org.aftermath.optimize;

import org.aftermath.tmen.scenario.Scenario;

/**
 * Simulates a candidate's scenario and returns the objective: for one patient (the scenario as
 * written) or the mean over a fixed virtual cohort. Implementations must return the same value
 * for the same scenario every time. Close an evaluator when done with it.
 */
public interface ScenarioEvaluator extends AutoCloseable {

    /**
     * @param scenario a candidate's scenario
     * @return the objective's value (natural units: log10 cells or days)
     */
    double evaluate(Scenario scenario);

    /** @return simulations one evaluation runs (1 for one patient, M for a cohort of M) */
    int simulationsPerEvaluation();

    /** @return what is optimised */
    ScheduleObjective objective();

    /** Releases threads or other resources; the default holds none. */
    @Override
    default void close() {
    }
}
