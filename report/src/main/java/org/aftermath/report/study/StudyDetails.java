package org.aftermath.report.study;

import java.util.Locale;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;
import org.aftermath.report.RunDetails;
import org.aftermath.runner.RunOptions;

/**
 * A study's facts in its {@link Manifest} ({@code optimize}, {@code sensitivity}): the exact
 * scenario and how each of its simulations ran.
 *
 * @param scenario       scenario name
 * @param scenarioFile   scenario path as given
 * @param scenarioSha256 SHA-256 of the scenario file's bytes, hex
 * @param seed           the study's seed (search, bootstrap or trajectories, and a cohort's patients)
 * @param solver         integrator and tolerances of each simulation
 * @param observation    what each simulation recorded ({@link RunOptions.Observation}, lower case)
 */
public record StudyDetails(String scenario, String scenarioFile, String scenarioSha256, long seed, Solver solver,
                           String observation) {

    /** @return the facts of a study of {@code scenario} run with {@code options} */
    public static StudyDetails of(String scenario, String scenarioFile, String scenarioSha256, RunOptions options) {
        return new StudyDetails(scenario, scenarioFile, scenarioSha256, options.seed(), RunDetails.solver(options),
                options.observation().name().toLowerCase(Locale.ROOT));
    }
}
