package org.aftermath.report;

import java.util.List;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;
import org.aftermath.runner.RunOptions;

/**
 * A comparison's facts in its {@link Manifest}: the exact scenarios, in order (the first is the
 * reference), and how each was run.
 *
 * @param scenarios  each scenario with its file and the file's SHA-256
 * @param seed       the runs' seed
 * @param outputStep output grid spacing, days
 * @param solver     integrator and tolerances
 */
public record CompareDetails(List<Scenario> scenarios, long seed, double outputStep, Solver solver) {

    /**
     * @param scenario       scenario name (its label in the report when names repeat)
     * @param scenarioFile   scenario path as given
     * @param scenarioSha256 SHA-256 of the scenario file's bytes, hex
     * @param steps          the integrator's accepted steps
     * @param wallTimeMs     wall-clock time of the simulation, milliseconds
     */
    public record Scenario(String scenario, String scenarioFile, String scenarioSha256, long steps,
                           double wallTimeMs) { }

    public CompareDetails {
        scenarios = List.copyOf(scenarios);
    }

    /** @return the facts of {@code runs}, all run with {@code options} */
    static CompareDetails of(List<CompareReportWriter.Compared> runs, RunOptions options) {
        return new CompareDetails(runs.stream().map(c -> new Scenario(c.label(), c.file(), c.sha256(),
                        c.result().simulation().stats().steps(), c.result().simulation().wallNanos() / 1e6)).toList(),
                options.seed(), options.outputStep(), RunDetails.solver(options));
    }
}
