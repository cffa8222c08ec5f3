package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftermath.cohort.run.ScenarioFiles;
import org.aftermath.cohort.sensitivity.InputSpace;
import org.aftermath.cohort.sensitivity.MorrisEffect;
import org.aftermath.cohort.sensitivity.MorrisScreening;
import org.aftermath.cohort.sensitivity.SaltelliDesign;
import org.aftermath.cohort.sensitivity.ScenarioOutcomeFunction;
import org.aftermath.cohort.sensitivity.ScenarioSensitivity;
import org.aftermath.cohort.sensitivity.SobolEstimator;
import org.aftermath.cohort.sensitivity.SobolIndex;
import org.aftermath.cohort.sensitivity.SobolIndices;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.output.OutputFolder;
import org.aftermath.report.NumberText;
import org.aftermath.report.study.SensitivityReport;
import org.aftermath.report.study.StudyDetails;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aftermath sensitivity}: Sobol indices or Morris screening of one outcome to the inputs of
 * the scenario's {@code variability:} block.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Global sensitivity of an outcome to the scenario's variability: inputs (Sobol indices with"
                + " bootstrap intervals, or Morris screening); writes sensitivity.csv, sensitivity.json,"
                + " sensitivity.svg and sensitivity.html.")
final class SensitivityCommand implements Callable<Integer> {

    /**
     * Smallest Sobol base sample: N points have C(2N − 1, N) distinct bootstrap resamples — 462 for
     * N = 6, too few for the 1,000 replicates of a 95 % percentile interval; 8 is the first power of two
     * (the Sobol design's balanced sizes) above that (6,435).
     */
    static final int MIN_SOBOL_SAMPLES = 8;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (YAML) with a variability: block")
    private Path file;

    @Option(names = "--method", paramLabel = "sobol|morris", defaultValue = "sobol",
            description = "sobol (variance decomposition; independent inputs) or morris (screening)"
                    + " (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--samples", paramLabel = "N",
            description = "Sobol: base sample size N, N (k + 2) runs for k inputs (default: 64; a power of two);"
                    + " Morris: trajectories r, r (k + 1) runs (default: 10)")
    private Integer samples;

    @Option(names = "--outcome", paramLabel = "NAME", defaultValue = "log10_final_burden",
            completionCandidates = NumericOutcomes.class,
            description = "one of ${COMPLETION-CANDIDATES} (README \"Outcome definitions\"; a progression day is"
                    + " censored at the horizon; log10_benefit runs each row's control arm too, the scenario"
                    + " without its modulators) (default: ${DEFAULT-VALUE})")
    private String outcome;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Sobol: bootstrap replicates of the 95%% intervals (default: ${DEFAULT-VALUE})")
    private int bootstrap;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4",
            description = "Morris: grid levels, even (default: ${DEFAULT-VALUE})")
    private int levels;

    @Option(names = "--threads", paramLabel = "T", description = "threads (default: all processors)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: out/<scenario name>-sensitivity, or out/<scenario name> when the"
                    + " name already starts with sensitivity- or ends in -sensitivity)")
    private Path out;

    @Mixin
    private EngineOptions engine;

    @Mixin
    private SolverOptions simulation = new SolverOptions(RunOptions.COHORT);

    @Override
    public Integer call() throws IOException {
        RunOptions options = simulation.runOptions();
        Outcome what = BadOptionException.choice(() -> Outcome.of(outcome, Outcome.numeric()), "--outcome");
        boolean sobol = switch (method) {
            case "sobol" -> true;
            case "morris" -> false;
            default -> throw new BadOptionException("--method: unknown '" + method + "' (allowed: sobol, morris)");
        };
        int n = samples != null ? samples : sobol ? SensitivityReport.RECOMMENDED_SOBOL_SAMPLES
                : SensitivityReport.RECOMMENDED_MORRIS_TRAJECTORIES;
        if (!sobol && n < 2) {
            throw new BadOptionException("--samples: Morris needs >= 2 trajectories (got " + n + ")");
        }
        if (!sobol && (levels < 2 || levels % 2 != 0)) {
            throw new BadOptionException("--levels: must be even and >= 2 (got " + levels + ")");
        }
        if (sobol && n < MIN_SOBOL_SAMPLES) {
            throw new BadOptionException("--samples: Sobol indices need N >= " + MIN_SOBOL_SAMPLES + " (got " + n
                    + "): fewer base samples have too few distinct bootstrap resamples for a 95 % interval; "
                    + SensitivityReport.RECOMMENDED_SOBOL_SAMPLES + " or more are recommended");
        }
        int workers = CommonOptions.workers(threads);
        ScenarioFiles files = ScenarioFiles.read(file);
        Scenario scenario = files.scenario();
        String sha256 = files.sha256();
        if (what.paired() && scenario.withoutModulators().isEmpty()) {
            throw new BadOptionException("--outcome " + what.id() + ": " + file + " has no control arm to compare with"
                    + " (it needs a cytotoxic treatment and a modulator, e.g. doxorubicin with sulfasalazine between"
                    + " cycles); allowed for it: " + String.join(", ", Outcome.numeric().stream().filter(o -> !o.paired())
                    .map(Outcome::id).toList()));
        }
        InputSpace inputs = ScenarioSensitivity.inputs(scenario, sobol);
        List<String> notes = new ArrayList<>();
        if (!sobol && !scenario.variability().correlations().isEmpty()) {
            notes.add("The scenario's correlations are not used: the screening moves each input alone over its"
                    + " marginal distribution.");
        }
        SaltelliDesign design = sobol ? BadOptionException.choice(() -> new SaltelliDesign(inputs, n, SaltelliDesign.Sampling.SOBOL, 0),
                "--samples") : null;
        MorrisScreening morris = sobol ? null : BadOptionException.choice(() -> new MorrisScreening(inputs, n, levels, options.seed()), "");
        SobolEstimator estimator = sobol ? BadOptionException.choice(() -> new SobolEstimator(bootstrap, 0.95, options.seed()),
                "--bootstrap") : null;
        int runs = sobol ? design.runs() : morris.runs();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : CommonOptions.defaultFolder(scenario.name(), "sensitivity");
        SensitivityReport.Study study;
        try (OutputFolder folder = OutputFolder.open("--out", target, SensitivityReport.COMMAND, List.of(file))) {
            long start = System.nanoTime();
            SobolIndices indices = null;
            List<MorrisEffect> effects = null;
            try (ProgressBar bar = ProgressBar.forStderr(stderr, "runs", runs);
                 IndexedExecutor executor = engine.executor(workers)) {
                ScenarioOutcomeFunction model = new ScenarioOutcomeFunction(files, scenario.variability().paths(), what, options, executor,
                        () -> bar.finished(null));
                if (sobol) {
                    indices = estimator.analyse(design, model);
                } else {
                    effects = morris.analyse(model);
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<SensitivityReport.Input> described = new ArrayList<>();
            scenario.variability().inputs().forEach((path, d) ->
                    described.add(new SensitivityReport.Input(path, d.law(), d.arguments(), d.values())));
            study = new SensitivityReport.Study(scenario.name(), file.toString(), what, described, indices, effects, n,
                    runs, options.seed(), wall, notes, StudyDetails.of(scenario.name(), file.toString(), sha256,
                    options));
            SensitivityReport.write(study, folder);
        }
        print(stdout, study, target);
        SensitivityReport.warnings(study).forEach(w -> stderr.println("warning: " + w));
        return Main.OK;
    }

    private static void print(PrintWriter out, SensitivityReport.Study s, Path target) {
        out.printf("%s: %s sensitivity of %s to %d inputs, %d runs, %s s%n", s.scenario(), s.method(),
                s.outcome().id(), s.inputs().size(), s.runs(), NumberText.of(s.wallSeconds()));
        if (s.sobol() != null) {
            for (SobolIndex i : s.sobol().indices()) {
                out.printf("  %-40s S1 %s [%s, %s]  ST %s [%s, %s]%n", i.name(), NumberText.of(i.firstOrder().value()),
                        NumberText.of(i.firstOrder().lower()), NumberText.of(i.firstOrder().upper()),
                        NumberText.of(i.total().value()), NumberText.of(i.total().lower()),
                        NumberText.of(i.total().upper()));
            }
        } else {
            for (MorrisEffect e : MorrisScreening.ranked(s.morris())) {
                out.printf("  %-40s mu* %s  mu %s  sigma %s%n", e.name(), NumberText.of(e.muStar()),
                        NumberText.of(e.mu()), NumberText.of(e.sigma()));
            }
        }
        out.println("  outputs: " + target + "/{" + SensitivityReport.CSV + ", " + SensitivityReport.JSON + ", "
                + SensitivityReport.REPORT + "}");
    }

    /** The outcomes {@code --outcome} takes, for its help. */
    static final class NumericOutcomes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Outcome.numeric().stream().map(Outcome::id).iterator();
        }
    }
}
