package org.aftermath.optimize;

import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;

/**
 * Evaluates a scenario as written: one simulation (on a coarse output grid; the objective comes
 * from the exact trajectory, so the grid does not change it).
 *
 * @param objective what to read from the run
 * @param options   how to run (output step, integrator, tolerances)
 */
public record SinglePatient(ScheduleObjective objective, RunOptions options) implements ScenarioEvaluator {

    @Override
    public double evaluate(Scenario scenario) {
        return objective.run(scenario, options);
    }

    @Override
    public int simulationsPerEvaluation() {
        return 1;
    }
}
