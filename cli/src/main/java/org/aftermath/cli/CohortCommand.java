package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aftermath.cohort.run.CohortJob;
import org.aftermath.cohort.run.CohortDetails;
import org.aftermath.cohort.run.CohortProgress;
import org.aftermath.cohort.run.CohortRun;
import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.cohort.run.NoPatientCompletedException;
import org.aftermath.cohort.sampling.ParameterSamples;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.cohort.CohortReportWriter;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aftermath cohort}: N virtual patients of a scenario with a {@code variability:} block. */
@Command(name = "cohort", mixinStandardHelpOptions = true, subcommands = CohortMergeCommand.class,
        description = "Simulates a virtual cohort: each patient draws the scenario's variability inputs; writes "
                + "patients.csv, cohort-summary.json (burden bands, progression-free fraction, response rates), "
                + "manifest.json and cohort-report.html. 'cohort merge' joins the folders of --shard runs.")
final class CohortCommand implements Callable<Integer> {

    /** Smallest interval between two redraws of the progress bar, nanoseconds. */
    private static final long REDRAW_NS = 200_000_000L;

    @Spec
    private CommandSpec spec;

    // not required in picocli's sense, which would demand them of 'cohort merge' too: checked in call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "the scenario (YAML) with a variability: block")
    private Path file;

    @Option(names = "--patients", paramLabel = "N", description = "number of virtual patients (required)")
    private Long patients;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    private Integer threads;

    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: out/<scenario name>-cohort, or out/<scenario name> when the name"
                    + " already ends in -cohort)")
    private Path out;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "run only the K-th of N near-equal index ranges of the patients into its own folder (one"
                    + " batch job each; join them with 'aftermath cohort merge')")
    private String shard;

    @Option(names = "--parameter-samples", paramLabel = "CSV",
            description = "draw each patient's parameters from one row of CSV, e.g. a fit's samples.csv (columns:"
                    + " model parameter ids or scenario inputs), seeded per patient; recorded in the manifest")
    private Path parameterSamples;

    @Option(names = "--resume", description = "continue an unfinished cohort in the output folder")
    private boolean resume;

    @Option(names = "--step", paramLabel = "DAYS",
            description = "spacing of the burden-band grid in days (default: ${DEFAULT-VALUE})")
    private double step = RunOptions.COHORT.outputStep();

    @Mixin
    private SolverOptions solver = new SolverOptions(RunOptions.COHORT);

    @Override
    public Integer call() throws IOException {
        if (file == null || patients == null) {
            throw new BadOptionException("cohort: give the scenario FILE and --patients N (or 'cohort merge"
                    + " SHARD_FOLDER... --out DIR'); see 'aftermath cohort --help'");
        }
        RunOptions solved = solver.runOptions();
        CohortJob.Options options = options(solved);
        if (patients < 1 || patients > CohortJob.MAX_PATIENTS) {
            throw new BadOptionException("--patients: must be between 1 and " + CohortJob.MAX_PATIENTS + " (got "
                    + patients + ")");
        }
        int workers = CommonOptions.workers(threads);
        int[] part = shard == null ? null : shard(shard, patients);
        CohortJob job = CohortJob.read(file, solved.seed(), patients, options)
                .withSamples(parameterSamples == null ? null : ParameterSamples.read(parameterSamples));
        Scenario scenario = ScenarioReader.read(job.scenarioText(), job.scenarioFile());
        Path folder = CommonOptions.defaultFolder(scenario.name(), "cohort");
        Path target = out != null ? out
                : part == null ? folder : Path.of(folder + "-shard-" + part[0] + "-of-" + part[1]);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CohortRun.Result result;
        try (IndexedExecutor executor = engine.executor(workers);
             Progress progress = new Progress(stderr, ProgressBar.stderrIsTerminal())) {
            CohortRun run = new CohortRun(job, executor, ToolVersion.get(), new CohortReportWriter(scenario), progress);
            result = (part == null ? run : run.shard(part[0], part[1])).run(target, resume);
        } catch (NoPatientCompletedException e) {
            stderr.println("aftermath: " + e.getMessage());
            return Main.FAILED;
        }
        result.manifest().details().rangeWarnings().forEach(w -> stderr.println("warning: " + w));
        if (result.summary() == null) {
            CohortDetails.Shard s = result.manifest().details().shard();
            stdout.printf("%s: shard %s, patients %d to %d of %d (seed %d)%s%n  outputs: %s/{%s, %s, %s}; join the %d"
                    + " shards with 'aftermath cohort merge SHARD_FOLDER... --out DIR'%n", result.manifest().details().scenario(),
                    s, s.from(), s.to() - 1, job.patients(), job.seed(), result.resumedFrom() > s.from()
                    ? ", resumed from patient " + result.resumedFrom() : "", result.folder(), CohortRun.PATIENTS,
                    CohortRun.SPILL, CohortRun.MANIFEST, s.count());
            return Main.OK;
        }
        print(stdout, stderr, result);
        return Main.OK;
    }

    private CohortJob.Options options(RunOptions run) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new BadOptionException("--step: must be a positive number of days (got " + step + ")");
        }
        return new CohortJob.Options(run.integrator(), run.tolerances(), step);
    }

    /** @return {K, N} of a {@code --shard K/N} value */
    private static int[] shard(String value, long patients) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})/([0-9]{1,9})").matcher(value.strip());
        if (!m.matches()) {
            throw new BadOptionException("--shard: must be K/N, e.g. 3/8 (got '" + value + "')");
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        try {
            CohortDetails.Shard.of(k, n, patients);
        } catch (IllegalArgumentException e) {
            throw new BadOptionException("--shard: " + e.getMessage());
        }
        return new int[] {k, n};
    }

    /** Prints a whole cohort's summary on {@code out}, and on {@code err} how many patients failed, if any. */
    static void print(PrintWriter out, PrintWriter err, CohortRun.Result r) {
        print(out, r);
        if (r.summary().failedPatients() > 0) {
            err.println("aftermath: warning: " + r.summary().failedPatients() + " of " + r.summary().patients()
                    + " patients failed (status and failure columns of " + CohortRun.PATIENTS
                    + "); the summary is over the completed ones");
        }
    }

    private static void print(PrintWriter out, CohortRun.Result r) {
        CohortSummary s = r.summary();
        int last = s.burden().days().length - 1;
        out.printf("%s: %d virtual patients (seed %d)%s%s%n", s.scenario(), s.patients(), s.seed(),
                s.failedPatients() > 0 ? ", " + s.failedPatients() + " failed" : "",
                r.resumedFrom() > 0 ? ", resumed from patient " + r.resumedFrom() : "");
        StringBuilder rates = new StringBuilder("  best response");
        s.response().forEach((code, rate) -> rates.append(String.format(" %s %.1f%%", code, 100 * rate.fraction())));
        out.println(rates);
        out.printf("  progression-free on day %s: %.1f%%; burden on that day: median %.4g cells (5-95%%: %.4g to %.4g)%n",
                RunCommand.formatDay(s.burden().days()[last]), 100 * s.progressionFree().atHorizon(), s.burden().median()[last],
                s.burden().p05()[last], s.burden().p95()[last]);
        out.println("  outputs: " + r.folder() + "/{" + CohortRun.PATIENTS + ", " + CohortRun.SUMMARY + ", "
                + CohortRun.MANIFEST + ", " + CohortReportWriter.REPORT + "}");
    }

    /** The progress bar of {@link ProgressBar}'s format for this session's patients, redrawn at most 5 times a second. */
    private static final class Progress implements CohortProgress, AutoCloseable {
        private final PrintWriter err;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long first = -1;
        private long lastDraw;
        private boolean drawn;

        Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public void written(long done, long total) {
            if (!enabled) {
                return;
            }
            if (first < 0) {
                first = done;
            }
            long now = System.nanoTime();
            if (done < total && drawn && now - lastDraw < REDRAW_NS) {
                return;
            }
            lastDraw = now;
            drawn = true;
            String line = ProgressBar.line((int) (done - first), (int) Math.max(1, total - first), "patients",
                    now - start, null);
            err.print('\r' + line + (first > 0 ? "  (resumed at " + first + ")" : "") + "\u001b[K");
            err.flush();
        }

        @Override
        public void close() {
            if (drawn) {
                err.println();
                err.flush();
            }
        }
    }
}
