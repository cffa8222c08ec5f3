package org.aftermath.cohort.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.PatientDraw;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.ode.IntegrationException;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.Summary;
import org.aftermath.runner.Timeseries;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.scenario.ScenarioReader;

/**
 * Simulates the patients of one {@link CohortJob}. The scenario is read and its variability validated once, at
 * construction; for patient {@code i}: the {@link CohortSampler} draws the inputs from the patient's seed, the draws
 * are applied to the scenario ({@link ScenarioInputs#apply}), which is compiled ({@link ScenarioCompiler}) and run
 * ({@link ScenarioRunner}) with the job's integrator, tolerances and grid and the lean observation of
 * {@link RunOptions#COHORT} (the burden only). The outcome depends only on the job and {@code i}.
 *
 * <p>Not thread-safe: use one instance per thread (or per partition of a distributed engine). A job with user model
 * files writes them once to a private temporary folder, removed by {@link #close()}, because the scenario compiler
 * resolves {@code model:} by path.
 */
public final class PatientSimulator implements AutoCloseable {

    private final CohortJob job;
    private final Scenario base;
    private final CohortSampler sampler;
    private final RunOptions options;
    private final double[] grid;
    private final Path modelFolder;

    /**
     * @param job the cohort
     * @throws ScenarioException naming the file and field if the scenario is invalid, has no {@code variability:}, or a
     *                           varied input cannot be applied
     */
    public PatientSimulator(CohortJob job) {
        this.job = job;
        Scenario read = ScenarioReader.read(job.scenarioText(), job.scenarioFile());
        if (read.variability().isEmpty()) {
            throw new ScenarioException(job.scenarioFile(), "variability", "a cohort needs inputs that vary between"
                    + " patients; add a variability: block, e.g. 'variability: {tumor.growth.doubling_days:"
                    + " {lognormal: {median: 20, cv: 0.4}}}'");
        }
        try {
            this.sampler = new CohortSampler(ScenarioVariability.from(read.variability()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(job.scenarioFile(), "variability", e.getMessage());
        }
        this.modelFolder = job.modelFiles().isEmpty() ? null : writeModelFiles(job.modelFiles());
        this.base = modelFolder == null ? read : withModel(read, modelFolder.toString());
        this.options = RunOptions.COHORT.withOutputStep(job.gridStepDays()).withIntegrator(job.integrator())
                .withTolerances(job.tolerances()).withSeed(job.seed());
        this.grid = Grid.days(base.days(), job.gridStepDays());
        compile(sampler.patient(job.seed(), 0));
    }

    /** @return the varied inputs' paths, in variability order (the columns of {@link PatientOutcome#drawn()}) */
    public List<String> inputs() {
        return sampler.names();
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
     * @param index patient index, in [0, patients)
     * @return the patient's drawn inputs and outcomes
     * @throws IllegalArgumentException if {@code index} is outside the cohort
     * @throws ScenarioException if the drawn values break a scenario limit (the reader and compiler refuse
     *                           distributions that can, so this is a safeguard)
     * @throws IntegrationException if the patient's run fails; the message names the patient
     */
    public PatientOutcome simulate(long index) {
        if (index < 0 || index >= job.patients()) {
            throw new IllegalArgumentException("patient index " + index + " is outside [0, " + job.patients() + ")");
        }
        PatientDraw draw = sampler.patient(job.seed(), index);
        RunResult result;
        try {
            result = ScenarioRunner.run(compile(draw), options);
        } catch (IntegrationException e) {
            String suffix = " (at t = " + e.time() + ")";
            String message = e.getMessage().endsWith(suffix)
                    ? e.getMessage().substring(0, e.getMessage().length() - suffix.length()) : e.getMessage();
            throw new IntegrationException(who(draw) + message, e.time());
        }
        Summary s = result.summary();
        double[] drawn = draw.values().values().stream().mapToDouble(Double::doubleValue).toArray();
        return new PatientOutcome(index, draw.seed(), drawn, s.finalTumorCells(), s.nadirTumorCells(), s.nadirDay(),
                s.bestResponse(), s.timeToProgressionDays() == null ? Double.NaN : s.timeToProgressionDays(),
                gridBurden(result.timeseries(), index));
    }

    /** @return the scenario with the patient's draws applied, compiled */
    private CompiledScenario compile(PatientDraw draw) {
        return ScenarioCompiler.compile(ScenarioInputs.apply(base, draw.values()), Map.of());
    }

    /** @return how messages name a patient: index, seed and drawn values */
    private static String who(PatientDraw draw) {
        return "patient " + draw.index() + " (seed " + draw.seed() + ", drawn " + draw.values() + "): ";
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

    @Override
    public void close() {
        if (modelFolder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(modelFolder.getParent())) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary model folder " + modelFolder, e);
        }
    }

    private static Path writeModelFiles(Map<String, String> files) {
        try {
            Path folder = Files.createTempDirectory("aftermath-cohort-").resolve("model");
            Files.createDirectory(folder);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model files to a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The scenario with {@code model:} pointing at the written copy of its files (a folder of them). */
    private static Scenario withModel(Scenario s, String model) {
        return new Scenario(s.name(), s.days(), s.tumor(), s.treatments(), s.parameters(), s.source(), model,
                s.patient(), s.endpoints(), s.microenvironment(), s.variability());
    }
}
