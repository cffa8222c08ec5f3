package org.aftermath.cohort.run;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftermath.cohort.sampling.ParameterSamples;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * A virtual cohort as plain data: everything a worker needs to simulate any of its patients, without the local
 * disk. Serializable (a distributed engine broadcasts it); build one on the driver with {@link #read}.
 *
 * @param scenarioFile   the scenario file's name as the user gave it (for messages only)
 * @param scenarioText   the scenario file's text (YAML)
 * @param scenarioSha256 SHA-256 of the scenario file's bytes, lower-case hex
 * @param modelFiles     the user's model files its {@code model:} names, file name → text, in file-name order; empty
 *                       for the bundled model
 * @param seed           cohort seed ({@link org.aftermath.cohort.sampling.PatientSeeds})
 * @param patients       number of patients, in [1, {@link #MAX_PATIENTS}]
 * @param integrator     the integrator
 * @param rtol           relative tolerance, in (0, 1)
 * @param atol           absolute tolerance, &gt; 0
 * @param gridStepDays   spacing of the band grid, days (&gt; 0; {@link Grid#days})
 * @param samples        parameter sets each patient draws one of ({@link ParameterSamples}), or null
 */
public record CohortJob(String scenarioFile, String scenarioText, String scenarioSha256, Map<String, String> modelFiles,
                        long seed, long patients, IntegratorKind integrator, double rtol, double atol,
                        double gridStepDays, ParameterSamples samples) implements Serializable {

    /** The most patients a cohort may have: the summary holds one column of every patient's values in memory. */
    public static final long MAX_PATIENTS = Integer.MAX_VALUE - 8;

    public CohortJob {
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioText, "scenarioText");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        modelFiles = Collections.unmodifiableMap(new TreeMap<>(modelFiles));
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("patients must be in [1, " + MAX_PATIENTS + "], got " + patients);
        }
        Objects.requireNonNull(integrator, "integrator");
        new Tolerances(rtol, atol);
        if (!(gridStepDays > 0) || Double.isInfinite(gridStepDays)) {
            throw new IllegalArgumentException("grid step must be a positive number of days, got " + gridStepDays);
        }
    }

    /** A cohort without parameter samples. */
    public CohortJob(String scenarioFile, String scenarioText, String scenarioSha256, Map<String, String> modelFiles,
                     long seed, long patients, IntegratorKind integrator, double rtol, double atol, double gridStepDays) {
        this(scenarioFile, scenarioText, scenarioSha256, modelFiles, seed, patients, integrator, rtol, atol,
                gridStepDays, null);
    }

    /** @return this cohort, each patient drawing its parameters from {@code parameterSamples} (null: none) */
    public CohortJob withSamples(ParameterSamples parameterSamples) {
        return new CohortJob(scenarioFile, scenarioText, scenarioSha256, modelFiles, seed, patients, integrator, rtol,
                atol, gridStepDays, parameterSamples);
    }

    /**
     * Reads a scenario file and the model files it references.
     *
     * @param file     the scenario (UTF-8 YAML)
     * @param seed     cohort seed
     * @param patients number of patients
     * @param options  integrator, tolerances and grid step
     * @return the job
     * @throws ScenarioException naming the file if it cannot be read, or its {@code model:} cannot be resolved
     */
    public static CohortJob read(Path file, long seed, long patients, Options options) {
        ScenarioFiles f = ScenarioFiles.read(file);
        return new CohortJob(f.file(), f.text(), f.sha256(), f.modelFiles(), seed, patients, options.integrator(),
                options.tolerances().relative(), options.tolerances().absolute(), options.gridStepDays());
    }

    /** @return the scenario's texts */
    public ScenarioFiles files() {
        return new ScenarioFiles(scenarioFile, scenarioText, scenarioSha256, modelFiles);
    }

    /** @return the integrator tolerances */
    public Tolerances tolerances() {
        return new Tolerances(rtol, atol);
    }

    /**
     * How to run every patient.
     *
     * @param integrator   the integrator
     * @param tolerances   integrator tolerances
     * @param gridStepDays band grid spacing, days
     */
    public record Options(IntegratorKind integrator, Tolerances tolerances, double gridStepDays) implements Serializable {

        /** The runner's cohort preset {@link RunOptions#COHORT}: its integrator, tolerances and daily grid. */
        public static final Options DEFAULT = new Options(RunOptions.COHORT.integrator(),
                RunOptions.COHORT.tolerances(), RunOptions.COHORT.outputStep());
    }
}
