package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftermath.optimize.Constraints;
import org.aftermath.optimize.ScheduleEvaluation;
import org.aftermath.optimize.ModulatorOption;
import org.aftermath.optimize.ScheduleObjective;
import org.aftermath.optimize.OptimizationResult;
import org.aftermath.optimize.Range;
import org.aftermath.optimize.ScenarioEvaluator;
import org.aftermath.optimize.ScheduleOptimizer;
import org.aftermath.optimize.ScheduleTemplate;
import org.aftermath.optimize.SearchSpace;
import org.aftermath.optimize.SinglePatient;
import org.aftermath.optimize.VirtualCohort;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.Sha256;
import org.aftermath.report.NumberText;
import org.aftermath.report.study.OptimizeReport;
import org.aftermath.report.study.StudyDetails;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.scenario.Schedule;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.Treatment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aftermath optimize}: searches the anti-DDSP schedule (modulator, offset, duration,
 * dose) and the cytotoxic interval within bounds and toxicity constraints, for the scenario as
 * written or a fixed virtual cohort.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Searches the modulator schedule between cytotoxic doses and the cytotoxic interval under"
                + " toxicity constraints; writes optimize.json, evaluations.csv, best-scenario.yaml and optimize.html.")
final class OptimizeCommand implements Callable<Integer> {

    static final String DOXORUBICIN = "doxorubicin";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (YAML)")
    private Path file;

    @Option(names = "--objective", paramLabel = "NAME", defaultValue = "log10_final_burden",
            description = "log10_final_burden (minimised) or progression_free_days (maximised; censored at the"
                    + " horizon) (default: ${DEFAULT-VALUE})")
    private String objective;

    @Option(names = "--modulator", paramLabel = "AGENT[:DOSE[:EVERY_DAYS]]",
            description = "a modulator to try between cytotoxic doses (repeatable): agent id, reference dose in its"
                    + " default unit (default: the scenario's own dose), days between its doses (default: the"
                    + " scenario's own modulator's, else 1). Default: the scenario's own between-cycles modulator")
    private List<String> modulators = new ArrayList<>();

    @Option(names = "--cytotoxic", paramLabel = "NAME",
            description = "the treatment whose every_days is searched (default: the first cytotoxic treatment)")
    private String cytotoxic;

    @Option(names = "--offset", paramLabel = "MIN:MAX",
            description = "modulator offset_days after each cytotoxic dose (default: 0:<every_days - 1>)")
    private String offset;

    @Option(names = "--duration", paramLabel = "MIN:MAX",
            description = "modulator duration_days in each window (default: 0:<every_days>)")
    private String duration;

    @Option(names = "--dose-factor", paramLabel = "MIN:MAX", defaultValue = "0.5:2",
            description = "modulator dose as a multiple of its reference dose (default: ${DEFAULT-VALUE})")
    private String doseFactor;

    @Option(names = "--interval", paramLabel = "MIN:MAX",
            description = "cytotoxic every_days (default: <min-interval>:<1.5 x every_days>)")
    private String interval;

    @Option(names = "--cumulative-cap", paramLabel = "MG_PER_M2|none",
            description = "cap on the cumulative cytotoxic dose within the horizon, mg/m² (default: 450 for"
                    + " doxorubicin, none otherwise)")
    private String cap;

    @Option(names = "--min-interval", paramLabel = "DAYS", defaultValue = "14",
            description = "shortest allowed cytotoxic interval, days (default: ${DEFAULT-VALUE})")
    private double minInterval;

    @Option(names = "--max-modulator-doses", paramLabel = "N",
            description = "most modulator doses within the horizon (default: no limit)")
    private Integer maxModulatorDoses;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "cma-es",
            description = "cma-es (then a Nelder–Mead polish) or nelder-mead (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "40",
            description = "evaluation budget per modulator (default: ${DEFAULT-VALUE})")
    private int evaluations;

    @Option(names = "--patients", paramLabel = "M",
            description = "optimise the mean over M virtual patients of the scenario's variability: (the same"
                    + " patients, drawn with --seed, for every schedule); default: the scenario as written")
    private Integer patients;

    @Option(names = "--threads", paramLabel = "T",
            description = "threads: modulators searched side by side, and a cohort's patients (default: all processors)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: out/<scenario name>-optimize, or out/<scenario name> when the name"
                    + " already starts with optimize- or ends in -optimize)")
    private Path out;

    @Mixin
    private SolverOptions simulation = new SolverOptions(RunOptions.COHORT);

    @Override
    public Integer call() throws IOException {
        RunOptions options = simulation.runOptions();
        ScheduleObjective goal = BadOptionException.choice(() -> ScheduleObjective.of(objective), "--objective");
        ScheduleOptimizer.Method how = method();
        if (evaluations < 1) {
            throw new BadOptionException("--evaluations: must be >= 1 (got " + evaluations + ")");
        }
        ScenarioReader.read(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ScheduleTemplate template = BadOptionException.choice(() -> ScheduleTemplate.of(text, file.toString(), cytotoxic), "");
        double every = ((Schedule.Periodic) template.cytotoxic().schedule()).everyDays();
        if (!(minInterval >= 0) || Double.isInfinite(minInterval)) {
            throw new BadOptionException("--min-interval: must be a finite number of days >= 0 (got " + minInterval + ")");
        }
        if (interval == null && !(minInterval > 0)) {
            throw new BadOptionException("--min-interval: must be > 0 without --interval, whose default starts at it"
                    + " (got " + minInterval + ")");
        }
        if (maxModulatorDoses != null && maxModulatorDoses < 1) {
            throw new BadOptionException("--max-modulator-doses: must be >= 1 (got " + maxModulatorDoses + ")");
        }
        Range offsets = range("--offset", offset, new Range(0, Math.max(0, every - 1)), false);
        Range durations = range("--duration", duration, new Range(0, every), false);
        Range doseFactors = range("--dose-factor", doseFactor, null, true);
        Range intervals = range("--interval", interval, new Range(minInterval, Math.max(minInterval, 1.5 * every)), true);
        SearchSpace space = BadOptionException.choice(() -> new SearchSpace(modulatorOptions(template), offsets,
                durations, doseFactors, intervals), "");
        Constraints limits = BadOptionException.choice(() -> new Constraints(cap(template), minInterval, maxModulatorDoses), "");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int options0 = Math.max(1, space.modulators().size());
        Path target = out != null ? out : CommonOptions.defaultFolder(template.scenario().name(), "optimize");
        OptimizeReport.Study study;
        try (OutputFolder folder = OutputFolder.open("--out", target, OptimizeReport.COMMAND, List.of(file))) {
            long start = System.nanoTime();
            OptimizationResult result;
            try (ScenarioEvaluator evaluator = evaluator(template, goal, options);
                 ProgressBar bar = ProgressBar.forStderr(stderr, "evaluations", options0 * evaluations)) {
                bar.working("the scenario's own schedule");
                result = BadOptionException.choice(() -> new ScheduleOptimizer(how, evaluations, options.seed(),
                        workers()).optimize(template, space, limits, evaluator, (ScheduleEvaluation e) -> {
                            synchronized (bar) {
                                bar.finished(e.candidate().modulatorName());
                            }
                        }), "");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            study = new OptimizeReport.Study(template.scenario().name(), file.toString(),
                    template.cytotoxic().name(), space, patients == null ? 1 : patients,
                    patients == null ? null : options.seed(), template.scenario().days(), wall,
                    StudyDetails.of(template.scenario().name(), file.toString(),
                            Sha256.of(file), options), result);
            if (study.savesBest()) {
                Files.writeString(folder.file(OptimizeReport.BEST_SCENARIO), "# The best schedule aftermath optimize"
                        + " found for " + file + " (" + goal.id() + " " + result.best().objective() + "; the"
                        + " scenario's own " + result.ownObjective() + ").\n"
                        + template.yamlIn(result.best().candidate(), folder.target()), StandardCharsets.UTF_8);
            }
            OptimizeReport.write(study, folder);
        }
        print(stdout, study, target);
        OptimizeReport.warnings(study).forEach(w -> stderr.println("warning: " + w));
        return Main.OK;
    }

    private ScenarioEvaluator evaluator(ScheduleTemplate template, ScheduleObjective goal, RunOptions options) {
        if (patients == null) {
            return new SinglePatient(goal, options);
        }
        int workers = workers();
        return BadOptionException.choice(() -> new VirtualCohort(template.scenario(), patients, options.seed(), goal, options, workers), "");
    }

    private int workers() {
        return CommonOptions.workers(threads);
    }

    private ScheduleOptimizer.Method method() {
        for (ScheduleOptimizer.Method m : ScheduleOptimizer.Method.values()) {
            if (m.id().equals(method)) {
                return m;
            }
        }
        throw new BadOptionException("--method: unknown '" + method + "' (allowed: cma-es, nelder-mead)");
    }

    private Double cap(ScheduleTemplate template) {
        if (cap == null) {
            return template.cytotoxic() instanceof Treatment.AgentTreatment a && a.agent().agentId().equals(DOXORUBICIN)
                    ? Constraints.DOXORUBICIN_CAP_MG_PER_M2 : null;
        }
        if (cap.equals("none")) {
            return null;
        }
        double mg;
        try {
            mg = number("--cumulative-cap", cap);
        } catch (BadOptionException e) {
            throw new BadOptionException("--cumulative-cap: expected mg/m² or 'none', got '" + cap + "'");
        }
        if (!(mg > 0)) {
            throw new BadOptionException("--cumulative-cap: must be > 0 mg/m², or 'none' (got " + cap + ")");
        }
        return mg;
    }

    /** Parses the --modulator options; default the scenario's own between-cycles modulator. */
    private List<ModulatorOption> modulatorOptions(ScheduleTemplate template) {
        if (modulators.isEmpty()) {
            return template.ownModulator().map(List::of).orElse(List.of());
        }
        List<ModulatorOption> out = new ArrayList<>();
        AgentCatalog catalog = AgentCatalog.builtIn();
        for (String m : modulators) {
            String[] parts = m.split(":", -1);
            if (parts.length > 3 || parts[0].isBlank()) {
                throw new BadOptionException("--modulator: expected AGENT[:DOSE[:EVERY_DAYS]], got '" + m + "'");
            }
            Agent agent = catalog.find(parts[0].strip()).orElseThrow(() -> new BadOptionException("--modulator:"
                    + " unknown modulator '" + parts[0] + "'" + closest(catalog, parts[0])
                    + " (see 'aftermath agents')"));
            if (!agent.dosable() || agent.role().cytotoxic()) {
                throw new BadOptionException("--modulator: '" + parts[0] + "' is not a modulator (it is "
                        + (agent.dosable() ? "cytotoxic" : "a family, not a dosable agent") + ")");
            }
            ModulatorOption own = template.ownModulator().filter(o -> o.agent().equals(agent.id())).orElse(null);
            double dose;
            if (parts.length > 1 && !parts[1].isBlank()) {
                dose = number("--modulator " + m + ": dose", parts[1]);
            } else if (own != null) {
                dose = own.referenceDose();
            } else {
                throw new BadOptionException("--modulator: give '" + agent.id() + "' a reference dose in "
                        + agent.defaultUnit() + ": " + agent.id() + ":DOSE[:EVERY_DAYS]");
            }
            double every = parts.length > 2 ? number("--modulator " + m + ": every_days", parts[2])
                    : own != null ? own.everyDays()
                    : template.ownModulator().map(ModulatorOption::everyDays).orElse(1.0);
            String unit = own != null ? own.unit() : agent.defaultUnit().label();
            out.add(BadOptionException.choice(() -> own != null && dose == own.referenceDose() && every == own.everyDays() ? own
                    : new ModulatorOption(agent.id(), dose, unit, every), "--modulator: "));
        }
        return out;
    }

    private static String closest(AgentCatalog catalog, String name) {
        List<String> ids = catalog.closestIds(name);
        return ids.isEmpty() ? "" : "; did you mean '" + ids.get(0) + "'?";
    }

    /**
     * @return {@code MIN:MAX} as a range, or {@code fallback} when not given
     * @throws BadOptionException naming {@code option} if it is malformed, reversed, or its lower end
     *                            is negative (or zero, when the range must be {@code positive})
     */
    static Range range(String option, String text, Range fallback, boolean positive) {
        if (text == null) {
            return fallback;
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new BadOptionException(option + ": expected MIN:MAX, got '" + text + "'");
        }
        double min = number(option, parts[0]);
        double max = number(option, parts[1]);
        if (max < min) {
            throw new BadOptionException(option + ": the bounds are reversed (" + text + "; give MIN:MAX with MIN <= MAX)");
        }
        if (positive ? !(min > 0) : !(min >= 0)) {
            throw new BadOptionException(option + ": MIN must be " + (positive ? "> 0" : ">= 0") + " (got " + text + ")");
        }
        return new Range(min, max);
    }

    static double number(String option, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadOptionException(option + ": expected a finite number, got '" + text + "'");
    }

    private static void print(PrintWriter out, OptimizeReport.Study s, Path target) {
        OptimizationResult r = s.result();
        var best = r.best().candidate();
        out.printf("%s: best %s %s (the scenario's own %s; improvement %s) after %d evaluations, %d simulations,"
                        + " %s s%n", s.scenario(), r.objective().id(), NumberText.of(r.best().objective()),
                NumberText.of(r.ownObjective()), NumberText.of(r.improvement()), r.evaluations().size(),
                r.simulations(), NumberText.of(s.wallSeconds()));
        if (r.worseThanOwn()) {
            out.println("  no schedule within the bounds and constraints is as good as the scenario's own, which"
                    + " violates them: " + OptimizeReport.BEST_SCENARIO + " is not written (see the warnings)");
        } else if (!r.improved()) {
            out.println("  the improvement is below the resolution " + ScheduleObjective.RESOLUTION
                    + ": no better schedule than the scenario's own was found within the bounds");
        }
        out.println("  " + s.cytotoxic() + " every " + NumberText.of(best.everyDays()) + " days"
                + (best.modulator() == null ? "" : "; " + best.modulator().agent()
                + (best.modulator().hasDose() ? " " + NumberText.of(best.dose()) : "")
                + " every " + NumberText.of(best.modulator().everyDays()) + " days from day "
                + NumberText.of(best.offsetDays()) + " for " + NumberText.of(best.durationDays())
                + " days after each dose"));
        out.println("  constraints at their limit: " + (r.activeConstraints().isEmpty() ? "none"
                : String.join(", ", r.activeConstraints())));
        List<String> edges = OptimizeReport.atBounds(s);
        if (!edges.isEmpty()) {
            out.println("  on the edge of its search range: " + String.join(", ", edges) + " (a wider range may do better)");
        }
        out.println("  outputs: " + target + "/{" + OptimizeReport.JSON + ", " + OptimizeReport.CSV + ", "
                + (s.savesBest() ? OptimizeReport.BEST_SCENARIO + ", " : "") + OptimizeReport.REPORT + "}");
    }
}
