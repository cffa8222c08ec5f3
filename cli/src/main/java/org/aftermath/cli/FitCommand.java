package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.fit.FitOptions;
import org.aftermath.fit.FitOutputs;
import org.aftermath.fit.FitReport;
import org.aftermath.fit.FitResult;
import org.aftermath.fit.FitRun;
import org.aftermath.fit.FitSummary;
import org.aftermath.fit.io.PetabWriter;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.ode.Tolerances;
import org.aftermath.output.OutputFolder;
import org.aftermath.report.NumberText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aftermath fit}: estimates parameters of a fit file's arms or of a PEtab problem from data. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits a model to data: a fit file (arms = scenarios, a data CSV, the estimated parameters) or a"
                + " PEtab problem. Multistart trust-region optimisation with gradients from forward sensitivities;"
                + " writes fit.json, starts.csv, profiles.csv, samples.csv, fitted scenarios, manifest.json and"
                + " fit-report.html.")
final class FitCommand implements Callable<Integer> {

    /** The default tolerances of fits: rtol 1e-8, atol 1e-10. */
    static final Tolerances TOLERANCES = Objective.Settings.DEFAULT.tolerances();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "a fit file (YAML) or a PEtab problem (YAML)")
    private Path file;

    @Option(names = "--evaluate", description = "print the objective (negative log-likelihood) and its gradient (or"
            + " why it has none) at the nominal parameters, and stop")
    private boolean evaluate;

    @Option(names = "--starts", paramLabel = "N", description = "starts of the multistart optimisation (default: 20)")
    private int starts = FitOptions.DEFAULT.starts();

    @Option(names = "--seed", paramLabel = "S", description = "seed of the starts and the sampler (default: 1)")
    private long seed = 1;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    private Integer threads;

    @Mixin
    private EngineOptions engine;

    @Option(names = "--method", paramLabel = "NAME", description = "trust-region (default) or cmaes")
    private String method = Method.TRUST_REGION.id();

    @Option(names = "--iterations", paramLabel = "N", description = "iterations of each trust-region run (default:"
            + " 200)")
    private int iterations = TrustRegionReflective.Options.DEFAULT.maxIterations();

    @Option(names = "--hessian", paramLabel = "NAME", description = "the trust-region's Hessian: gauss-newton (the"
            + " Fisher information, default) or secant (plus NL2SOL's structured secant correction, for fits far from"
            + " the data)")
    private String hessian = TrustRegionReflective.Options.DEFAULT.hessian().id();

    @Option(names = "--hierarchical", description = "give scaling parameters (a factor of the observables they enter"
            + " and of nothing else, normal noise) their closed-form optimum in each evaluation and optimise the"
            + " others")
    private boolean hierarchical;

    @Option(names = "--design", paramLabel = "NAME", description = "how starts fill the bounds: lhs (default) or sobol")
    private String design = StartDesign.Kind.LATIN_HYPERCUBE.id();

    @Option(names = "--profiles", description = "compute profile likelihoods of every estimated parameter")
    private boolean profiles;

    @Option(names = "--sample", paramLabel = "N", description = "draw a posterior sample of N per chain (4 chains,"
            + " adaptive Metropolis, after N of burn-in)")
    private int sample;

    @Option(names = "--rtol", paramLabel = "X", description = "relative tolerance (default: 1e-8)")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "X", description = "absolute tolerance (default: 1e-10)")
    private Double atol;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<problem name>-fit)")
    private Path out;

    @Option(names = "--export-petab", paramLabel = "DIR", description = "write the problem as PEtab v1 (SBML models,"
            + " tables, <problem name>.yaml) into DIR, a new or empty folder, and stop")
    private Path exportPetab;

    @Override
    public Integer call() throws IOException {
        Method m = Method.of(method);
        if (m == null) {
            throw new BadOptionException("--method: unknown '" + method + "' (allowed: trust-region, cmaes)");
        }
        TrustRegionReflective.Hessian h = TrustRegionReflective.Hessian.of(hessian);
        if (h == null) {
            throw new BadOptionException("--hessian: unknown '" + hessian + "' (allowed: gauss-newton, secant)");
        }
        StartDesign.Kind d = StartDesign.Kind.of(design);
        if (d == null) {
            throw new BadOptionException("--design: unknown '" + design + "' (allowed: lhs, sobol)");
        }
        if (starts < 1) {
            throw new BadOptionException("--starts: must be >= 1 (got " + starts + ")");
        }
        if (iterations < 1) {
            throw new BadOptionException("--iterations: must be >= 1 (got " + iterations + ")");
        }
        if (sample < 0) {
            throw new BadOptionException("--sample: must be >= 0 (got " + sample + ")");
        }
        double r = rtol != null ? rtol : TOLERANCES.relative();
        double a = atol != null ? atol : TOLERANCES.absolute();
        Tolerances tolerances = BadOptionException.choice(() -> new Tolerances(r, a), r > 0 && r < 1 ? "--atol"
                : "--rtol");
        int workers = CommonOptions.workers(threads);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ProblemLoader.Loaded loaded = ProblemLoader.load(file);
        FitJob job = new FitJob(loaded.files(), tolerances.relative(), tolerances.absolute(),
                Objective.Settings.DEFAULT.steadyStateMaxTime(), m, TrustRegionReflective.Options.DEFAULT
                .withMaxIterations(iterations).withHessian(h), seed, hierarchical);
        if (evaluate) {
            printEvaluation(stdout, loaded, job);
            return Main.OK;
        }
        if (exportPetab != null) {
            Map<String, String> files = PetabWriter.write(loaded.problem());
            try (OutputFolder folder = OutputFolder.openNew("--export-petab", exportPetab, List.of(file))) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Files.writeString(folder.file(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                }
                folder.commit();
            }
            stdout.println("wrote " + loaded.problem().name() + " as PEtab (" + files.size() + " files) to "
                    + exportPetab + "; read it with   aftermath fit " + exportPetab.resolve(PetabWriter.yamlName(loaded.problem())));
            return Main.OK;
        }
        FitOptions options = new FitOptions(starts, d, profiles, 0.95, sample, 4);
        Path target = out != null ? out : Path.of("out", loaded.problem().name() + "-fit");
        FitResult result;
        try (IndexedExecutor executor = engine.executor(workers);
             OutputFolder folder = OutputFolder.open("--out", target, FitOutputs.COMMAND, List.of(file))) {
            long started = System.nanoTime();
            try (Progress progress = new Progress(stderr, ProgressBar.stderrIsTerminal())) {
                result = FitRun.run(loaded.problem(), job, options, executor, progress);
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            FitOutputs.writeAll(result, loaded.files(), report(), folder, executor.name(), executor.threads(), wall);
        }
        print(stdout, result, target);
        return result.best() >= 0 ? Main.OK : Main.FAILED;
    }

    /** @return the HTML report writer (the report module's), or none */
    private static FitReport report() {
        return new org.aftermath.report.fit.FitReportWriter();
    }

    /**
     * The objective at the nominal parameters, printed (and flushed) before its gradient is computed: the gradient's
     * tangent code is generated on demand and may take long (Chen_MSB2009: 96 s of compiling) or be unavailable.
     */
    private static void printEvaluation(PrintWriter out, ProblemLoader.Loaded loaded, FitJob job) {
        Objective objective = new Objective(loaded.problem(), job.settings());
        double[] nominal = loaded.problem().nominal();
        Evaluation e = objective.evaluate(nominal, false);
        out.printf("%s: objective at the nominal parameters (negative log-likelihood, PEtab's convention)%n",
                loaded.problem().name());
        if (!e.ok()) {
            out.println("  not finite: " + e.failure());
            return;
        }
        out.println("  nll " + e.likelihood() + (e.prior() != 0 ? "  prior " + e.prior() + "  total " + e.value()
                : ""));
        out.flush();
        String noGradient = objective.gradientUnavailable();
        if (noGradient != null) {
            out.println("  gradient: not available: " + noGradient);
            return;
        }
        Evaluation g = objective.evaluate(nominal, true);
        if (!g.ok()) {
            out.println("  gradient: not finite: " + g.failure());
            return;
        }
        out.println("  gradient (d objective / d parameter on its scale):");
        List<ProblemParameter> estimated = loaded.problem().estimated();
        for (int k = 0; k < estimated.size(); k++) {
            out.printf("    %-32s %s%n", estimated.get(k).id() + " (" + estimated.get(k).scale().id() + ")",
                    Double.toString(g.gradient()[k]));
        }
    }

    private static void print(PrintWriter out, FitResult r, Path target) {
        FitSummary.Objective nominal = FitSummary.Objective.of(r.atNominal());
        out.printf("%s: %d starts, %d reached the best objective (within %s)%n", r.problem().name(), r.starts().size(),
                r.startsAtBest(FitSummary.AT_BEST), NumberText.of(FitSummary.AT_BEST));
        if (r.best() < 0) {
            out.println("  no start gave a finite objective: " + r.starts().get(0).exit());
            return;
        }
        out.printf("  objective (negative log-likelihood): best %s, nominal %s%n",
                NumberText.of(r.atBest().likelihood()),
                nominal.failure() == null ? NumberText.of(nominal.likelihood()) : "not finite");
        List<ProblemParameter> estimated = r.problem().estimated();
        for (int k = 0; k < estimated.size(); k++) {
            ProblemParameter p = estimated.get(k);
            out.printf("  %-32s %s%n", p.id(), NumberText.of(p.scale().toModel(r.bestStart().x()[k])));
        }
        out.println("  outputs: " + target + "/{" + FitOutputs.SUMMARY + ", " + FitOutputs.STARTS + ", ...}");
    }

    /** A progress line on a terminal: the stage, items done, the best objective so far. */
    private static final class Progress implements FitRun.Progress, AutoCloseable {
        private final PrintWriter err;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private boolean drawn;

        Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public void update(String stage, int done, int total, double best) {
            if (!enabled) {
                return;
            }
            String line = ProgressBar.line(done, total, stage, System.nanoTime() - start,
                    Double.isNaN(best) ? null : "best " + NumberText.of(best));
            err.print('\r' + line + "\u001b[K");
            err.flush();
            drawn = true;
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
