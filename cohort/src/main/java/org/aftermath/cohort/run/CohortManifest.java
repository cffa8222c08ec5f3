package org.aftermath.cohort.run;

import java.util.List;

/**
 * {@code manifest.json} of a cohort folder: what produced it, so anyone can rerun or resume it. Written with
 * {@code complete: false} before the first patient and rewritten with {@code complete: true} after the last output.
 *
 * @param tool             "aftermath cohort"
 * @param version          tool version
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
 * @param javaVersion      the Java runtime
 * @param createdUtc       when this manifest was written, ISO-8601 UTC
 * @param files            the folder's output files
 */
public record CohortManifest(String tool, String version, boolean complete, String scenario, String scenarioFile,
                             String scenarioSha256, String modelFilesSha256, long seed, String generator,
                             String patientSeeds, long patients, List<String> inputs, String executor,
                             Integer threads, Solver solver, double gridStepDays, String javaVersion,
                             String createdUtc, List<String> files) {

    /** The {@code tool} value of cohort manifests. */
    public static final String TOOL = "aftermath cohort";

    /**
     * @param integrator        integrator name
     * @param relativeTolerance relative tolerance
     * @param absoluteTolerance absolute tolerance
     */
    public record Solver(String integrator, double relativeTolerance, double absoluteTolerance) {
    }

    /** @return this manifest marked complete, with another creation time */
    public CohortManifest completed(String utc) {
        return new CohortManifest(tool, version, true, scenario, scenarioFile, scenarioSha256, modelFilesSha256, seed,
                generator, patientSeeds, patients, inputs, executor, threads, solver, gridStepDays, javaVersion, utc,
                files);
    }
}
