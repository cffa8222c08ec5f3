package org.aftermath.cohort.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.ParameterSamples;
import org.aftermath.cohort.sampling.PatientDraw;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.ode.IntegrationException;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.RunSummary;
import org.aftermath.runner.Timeseries;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.scenario.ScenarioReader;

/**
 * Simulates the patients of one {@link CohortJob}. The scenario is read and its variability validated once, at
 * construction; for patient {@code i}: the {@link CohortSampler} draws the inputs from the patient's seed, and with
 * the job's {@link ParameterSamples} the patient takes one of their rows ({@link ParameterSamples#row}); the values
 * are applied to the scenario ({@link ScenarioInputs#apply}), which is compiled ({@link ScenarioCompiler}) and run
 * ({@link ScenarioRunner}) with the job's integrator, tolerances and grid and the lean observation of
 * {@link RunOptions#COHORT} (the burden only). The outcome depends only on the job and {@code i}.
 *
 * <p>Not thread-safe: use one instance per thread (or per partition of a distributed engine). A job's user model
 * files are compiled from the texts it carries ({@link ModelSource#ofTexts}): a worker needs no scenario folder.
 */
public final class PatientSimulator {

    private final CohortJob job;
    private final Scenario base;
    /** The variability's sampler, or null when only {@link #samples} vary the patients. */
    private final CohortSampler sampler;
    private final ParameterSamples samples;
    private final RunOptions options;
    private final double[] grid;
    /** The job's model files as texts, or null for the scenario's own {@code model:} (the bundled model). */
    private final ModelSource model;
    private final List<String> rangeWarnings;

    /**
     * @param job the cohort
     * @throws ScenarioException naming the file and field if the scenario is invalid, has no {@code variability:}, or
     *                           its own values do not compile (a patient's draws are checked per patient, by
     *                           {@link #simulate})
     */
    public PatientSimulator(CohortJob job) {
        this.job = job;
        Scenario read = ScenarioReader.read(job.scenarioText(), job.scenarioFile());
        this.samples = job.samples();
        this.sampler = samples != null && read.variability().isEmpty() ? null
                : ScenarioVariability.sampler(read.variability(), job.scenarioFile(), "add a variability:"
                + " block, e.g. 'variability: {tumor.growth.doubling_days: {lognormal: {median: 20, cv: 0.4}}}',"
                + " or draw parameters from a fit's samples (--parameter-samples)");
        this.model = job.modelFiles().isEmpty() ? ModelSource.builtIn() : ModelSource.ofTexts(read.model(), job.modelFiles());
        this.base = read;
        this.options = RunOptions.COHORT.withOutputStep(job.gridStepDays()).withIntegrator(job.integrator())
                .withTolerances(job.tolerances()).withSeed(job.seed());
        ScenarioRunner.checkOutputGrid(job.scenarioFile(), base.days(), job.gridStepDays());
        ScenarioRunner.checkOutputGrid(job.scenarioFile(), base.days(), job.gridStepDays());
        this.grid = Grid.days(base.days(), job.gridStepDays());
        CompiledScenario compiled = compile(base);
        this.rangeWarnings = compiled.rangeWarnings();
        if (samples != null) {
            checkColumns(compiled);
        }
    }

    /** Every column of the samples must be an input of the scenario, and not one its variability draws. */
    private void checkColumns(CompiledScenario compiled) {
        List<String> paths = ScenarioInputs.paths(base);
        for (int k = 0; k < samples.columns().size(); k++) {
            String path = samples.columns().get(k);
            String where = "row 1, column " + path.replaceFirst("^" + ScenarioInputs.PARAMETERS, "");
            boolean parameter = path.startsWith(ScenarioInputs.PARAMETERS);
            if (parameter ? compiled.model().parameter(path.substring(ScenarioInputs.PARAMETERS.length())).isEmpty()
                    : !paths.contains(path)) {
                throw new ScenarioException(samples.file(), where, parameter
                        ? "not a parameter of " + job.scenarioFile() + "'s model"
                        : "not an input of " + job.scenarioFile() + " (its inputs: " + String.join(", ", paths) + ")");
            }
            if (sampler != null && sampler.names().contains(path)) {
                throw new ScenarioException(samples.file(), where, "also drawn by " + job.scenarioFile()
                        + "'s variability: block; draw each input from one of them");
            }
        }
    }

    /**
     * @return the scenario's values set outside their parameters' plausible ranges, and the varied
     *         parameters whose distributions draw outside them (with the share of patients), once for
     *         the cohort: a patient's draws are never checked one by one
     */
    public List<String> rangeWarnings() {
        return rangeWarnings;
    }

    /** @return the varied inputs' paths, in variability order (the columns of {@link PatientOutcome#drawn()}) */
    public List<String> inputs() {
        List<String> out = new ArrayList<>(sampler == null ? List.of() : sampler.names());
        if (samples != null) {
            out.addAll(samples.columns());
        }
        return out;
    }

    /** @return the band grid, days */
    public double[] grid() {
        return grid.clone();
    }

    /** @return the scenario as read (its name, horizon and endpoints) */
    public Scenario scenario() {
        return base;
    }

    /**
     * Simulates one patient. The failed-patient policy, the same on every engine: a patient whose drawn scenario
     * cannot be applied or compiled, or whose integration fails (any {@link RuntimeException} of its run, e.g.
     * {@link IntegrationException}, {@link ScenarioException}), is returned as {@link PatientOutcome#failed} with the
     * reason, so the cohort goes on and a resumed run records the same row instead of failing again. The reason is a
     * pure function of the job and the index, like the outcomes.
     *
     * @param index patient index, in [0, patients)
     * @return the patient's drawn inputs and outcomes, or its failure
     * @throws IllegalArgumentException if {@code index} is outside the cohort
     */
    public PatientOutcome simulate(long index) {
        if (index < 0 || index >= job.patients()) {
            throw new IllegalArgumentException("patient index " + index + " is outside [0, " + job.patients() + ")");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        long seed = PatientSeeds.patientSeed(job.seed(), index);
        if (sampler != null) {
            PatientDraw draw = sampler.patient(job.seed(), index);
            values.putAll(draw.values());
            seed = draw.seed();
        }
        if (samples != null) {
            values.putAll(samples.values(samples.row(job.seed(), index)));
        }
        double[] drawn = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        RunResult result;
        try {
            result = ScenarioRunner.run(compile(ScenarioInputs.apply(base, values)), options);
        } catch (RuntimeException e) {
            return PatientOutcome.failed(index, seed, drawn, grid.length, reason(e));
        }
        RunSummary s = result.summary();
        return PatientOutcome.of(index, seed, drawn, s, gridBurden(result.timeseries(), index));
    }

    /** @return a failure's reason: the message of the simulator's own failures, else the exception's type too */
    private static String reason(RuntimeException e) {
        if (e instanceof IntegrationException || e instanceof ScenarioException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** @return the scenario (the base, or a patient's: the draws applied), compiled */
    private CompiledScenario compile(Scenario patient) {
        return ScenarioCompiler.compile(patient, Map.of(), model);
    }

    private double[] gridBurden(Timeseries ts, long index) {
        if (ts.rows().size() != grid.length) {
            throw new IllegalStateException("patient " + index + ": the run gave " + ts.rows().size()
                    + " grid rows, expected " + grid.length);
        }
        int c = ts.column(ScenarioRunner.TUMOR_CELLS);
        double[] out = new double[grid.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = ts.rows().get(k)[c];
        }
        return out;
    }
}
