package org.aftermath.cohort.run;

import java.util.List;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;

/**
 * A cohort's facts in its {@link Manifest}, so anyone can rerun or resume it. The manifest is written with
 * {@code complete: false} before the first patient and rewritten with {@code complete: true} after the last output.
 *
 * @param complete         true once every patient, the summary and the report are written
 * @param scenario         scenario name
 * @param scenarioFile     scenario path as given
 * @param scenarioSha256   SHA-256 of the scenario file's bytes
 * @param modelFilesSha256 SHA-256 over the user's model files (name, NUL, text, NUL, in name order), or null for
 *                         the bundled model
 * @param seed             cohort seed
 * @param generator        the random generator algorithm
 * @param patientSeeds     how each patient's seed derives from the cohort seed and its index
 * @param patients         number of patients
 * @param inputs           the varied inputs, in variability (and column) order
 * @param executor         which engine ran the patients ({@link org.aftermath.cohort.tasks.IndexedExecutor#name()})
 * @param threads          worker threads of the local engine, or null for another engine
 * @param solver           integrator and tolerances
 * @param gridStepDays     spacing of the band grid, days
 */
public record CohortDetails(boolean complete, String scenario, String scenarioFile, String scenarioSha256,
                            String modelFilesSha256, long seed, String generator, String patientSeeds, long patients,
                            List<String> inputs, String executor, Integer threads, Solver solver,
                            double gridStepDays) {

    /** @return these facts marked complete */
    public CohortDetails completed() {
        return new CohortDetails(true, scenario, scenarioFile, scenarioSha256, modelFilesSha256, seed, generator,
                patientSeeds, patients, inputs, executor, threads, solver, gridStepDays);
    }
}
