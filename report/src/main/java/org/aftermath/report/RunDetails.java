package org.aftermath.report;

import java.util.List;
import java.util.Map;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.RunOptions;

/**
 * A run's facts in its {@link Manifest}: the exact scenario, the seed, every parameter value used,
 * the solver and its work, and the wall time.
 *
 * @param scenario       scenario name
 * @param scenarioFile   scenario path as given
 * @param scenarioSha256 SHA-256 of the scenario file's bytes, hex
 * @param seed           the run's seed
 * @param outputStep     output grid spacing, days
 * @param parameters     every model parameter value used, by name (model order)
 * @param rangeWarnings  each value set outside its parameter's plausible range (also on stderr);
 *                       empty when none
 * @param solver         integrator and tolerances
 * @param work           integrator work counters
 * @param wallTimeMs     wall-clock time of the simulation, milliseconds
 */
public record RunDetails(String scenario, String scenarioFile, String scenarioSha256, long seed, double outputStep,
                         Map<String, Double> parameters, List<String> rangeWarnings, Solver solver, Work work,
                         double wallTimeMs) {

    public RunDetails {
        rangeWarnings = List.copyOf(rangeWarnings);
    }

    /**
     * @param steps               accepted steps
     * @param rejectedSteps       rejected steps
     * @param rhsEvaluations      right-hand-side evaluations
     * @param jacobianEvaluations Jacobian evaluations
     * @param luDecompositions    LU factorisations
     */
    public record Work(long steps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
                       long luDecompositions) { }

    /**
     * @param r              the run
     * @param scenarioFile   its scenario file as given
     * @param scenarioSha256 SHA-256 of the file's bytes as read for the run
     * @return the run's facts
     */
    public static RunDetails of(RunResult r, String scenarioFile, String scenarioSha256) {
        RunOptions o = r.options();
        var stats = r.simulation().stats();
        return new RunDetails(r.summary().scenario(), scenarioFile, scenarioSha256, o.seed(), o.outputStep(),
                r.parameters(), r.scenario().rangeWarnings(), new Solver(r.simulation().integrator(), o.tolerances().relative(),
                o.tolerances().absolute()), new Work(stats.steps(), stats.rejectedSteps(), stats.rhsEvaluations(),
                stats.jacobianEvaluations(), stats.luDecompositions()), r.simulation().wallNanos() / 1e6);
    }

    /** @return the integrator and tolerances of {@code o} */
    public static Solver solver(RunOptions o) {
        return new Solver(o.integrator().id(), o.tolerances().relative(), o.tolerances().absolute());
    }
}
