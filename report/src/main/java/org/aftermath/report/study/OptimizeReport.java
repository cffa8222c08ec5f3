package org.aftermath.report.study;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.optimize.Candidate;
import org.aftermath.optimize.Constraints;
import org.aftermath.optimize.ScheduleEvaluation;
import org.aftermath.optimize.ScheduleObjective;
import org.aftermath.optimize.OptimizationResult;
import org.aftermath.optimize.Range;
import org.aftermath.optimize.SearchSpace;
import org.aftermath.optimize.Toxicity;
import org.aftermath.output.CsvFormat;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.Solver;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.Xhtml;

/**
 * The outputs of a schedule search: {@value #JSON} (best schedule, its objective, the scenario's
 * own, the improvement, the evaluations, each constraint with its value at the best schedule and
 * whether it is at its limit), {@value #CSV} (one row per evaluation) and {@value #REPORT} with
 * the convergence chart. The best schedule's scenario file is written by the caller
 * ({@code org.aftermath.optimize.ScheduleTemplate#yamlIn}).
 */
public final class OptimizeReport {
    /** The command that writes schedule-search folders, as manifests record it. */
    public static final String COMMAND = "optimize";
    /** Summary file. */
    public static final String JSON = "optimize.json";
    /** Evaluation log. */
    public static final String CSV = "evaluations.csv";
    /** HTML report. */
    public static final String REPORT = "optimize.html";
    /** The runnable scenario of the best schedule. */
    public static final String BEST_SCENARIO = "best-scenario.yaml";

    private OptimizeReport() { }

    /**
     * What was searched, for the outputs.
     *
     * @param scenario      scenario name
     * @param scenarioFile  the file as given
     * @param cytotoxic     the cytotoxic treatment whose interval was searched
     * @param space         the bounds and modulator options
     * @param patients      patients per evaluation (1: the scenario as written)
     * @param cohortSeed    the cohort's seed (the same patients for every candidate), or null for one patient
     * @param horizonDays   the scenario's horizon, days
     * @param wallSeconds   wall time of the search, seconds
     * @param details       the scenario file's hash and how the simulations ran (the manifest's details)
     * @param result        the search
     */
    public record Study(String scenario, String scenarioFile, String cytotoxic, SearchSpace space, int patients,
                        Long cohortSeed, double horizonDays, double wallSeconds, StudyDetails details,
                        OptimizationResult result) {

        /** @return whether {@value #BEST_SCENARIO} is written: unless the best schedule is worse than the scenario's own */
        public boolean savesBest() {
            return !result.worseThanOwn();
        }
    }

    /**
     * Why the search's answer is not what it seems: constraints the scenario's own schedule violates, a
     * minimum interval that leaves one cytotoxic dose within the horizon, a best schedule worse than the
     * scenario's own (then not saved).
     *
     * @return one sentence per problem; empty when there is none
     */
    public static List<String> warnings(Study s) {
        OptimizationResult r = s.result();
        List<String> out = new ArrayList<>();
        if (r.constraints().minIntervalDays() >= s.horizonDays()) {
            out.add("the minimum interval " + NumberText.of(r.constraints().minIntervalDays()) + " days is not shorter"
                    + " than the horizon (" + NumberText.of(s.horizonDays()) + " days): every schedule searched gives "
                    + s.cytotoxic() + " once (--min-interval)");
        }
        if (!r.ownFeasible()) {
            out.add("the scenario's own schedule violates the constraints (" + r.ownViolations() + "): it is"
                    + " compared as written, and the search only tries schedules within them");
        }
        if (r.worseThanOwn()) {
            out.add("no schedule within the bounds and constraints is as good as the scenario's own ("
                    + NumberText.of(r.best().objective()) + " vs " + NumberText.of(r.ownObjective()) + "): "
                    + BEST_SCENARIO + " is not written; relax the constraints or widen the bounds");
        }
        return out;
    }

    /** A schedule as written to {@value #JSON}; null where it has no modulator. */
    public record ScheduleView(String modulator, Double offsetDays, Double durationDays, Double dose, String doseUnit,
                               Double modulatorEveryDays, double cytotoxicEveryDays, int cytotoxicDoses,
                               Double cumulativeCytotoxicMgPerM2, int modulatorDoses) {

        static ScheduleView of(Candidate c, Toxicity t) {
            boolean m = c.modulator() != null;
            return new ScheduleView(m ? c.modulator().agent() : null, m ? c.offsetDays() : null,
                    m ? c.durationDays() : null, m && c.modulator().hasDose() ? c.dose() : null,
                    m && c.modulator().hasDose() ? c.modulator().unit() : null, m ? c.modulator().everyDays() : null,
                    c.everyDays(), t.cytotoxicDoses(), t.cumulativeMgPerM2(), t.modulatorDoses());
        }
    }

    /** One constraint: its limit, its value at the best schedule, and whether it is at its limit. */
    public record ConstraintView(String name, String unit, Double limit, Double valueAtBest, boolean active) { }

    /** The contents of {@value #JSON}. */
    public record OptimizeSummary(String tool, String version, String scenario, String scenarioFile, String objective,
                          boolean maximise, String method, long seed, int patients, Long cohortSeed,
                          String cytotoxic, ScheduleView best, double bestObjective, ScheduleView own,
                          double ownObjective, boolean ownFeasible, double improvement, boolean improved,
                          int evaluations,
                          int feasibleEvaluations, long simulations, double wallSeconds,
                          List<String> modulators, double[] offsetDaysBounds, double[] durationDaysBounds,
                          double[] doseFactorBounds, double[] intervalDaysBounds, List<ConstraintView> constraints,
                          List<String> bestAtBounds, List<ModulatorBest> perModulator, String bestScenarioFile,
                          List<String> warnings) { }

    /**
     * The best feasible schedule found with one modulator option.
     *
     * @param modulator   the option's agent ("" for the interval alone)
     * @param evaluations its evaluations
     * @param feasible    how many of them were feasible (simulated)
     * @param best        its best objective, or null if none was feasible
     */
    public record ModulatorBest(String modulator, int evaluations, int feasible, Double best) { }

    /**
     * @return the searched variables whose best value lies on a bound of its range, as
     *         {@code offset_days min}, {@code dose_factor max} etc.: a wider range may do better
     */
    public static List<String> atBounds(Study s) {
        OptimizationResult r = s.result();
        Candidate c = r.best().candidate();
        List<String> out = new ArrayList<>();
        if (c.modulator() != null) {
            bound(out, "offset_days", c.offsetDays(), s.space().offsetDays());
            bound(out, "duration_days", c.durationDays(), s.space().durationDays());
            if (c.modulator().hasDose()) {
                bound(out, "dose_factor", c.dose() / c.modulator().referenceDose(), s.space().doseFactor());
            }
        }
        bound(out, "interval_days", c.everyDays(), r.intervalDays());
        return out;
    }

    private static void bound(List<String> out, String name, double x, Range r) {
        if (r.isFixed()) {
            return;
        }
        double tol = 1e-6 * (r.max() - r.min());
        if (x <= r.min() + tol) {
            out.add(name + " min");
        } else if (x >= r.max() - tol) {
            out.add(name + " max");
        }
    }

    /** @return the best feasible objective per modulator option, in the order searched */
    public static List<ModulatorBest> perModulator(OptimizationResult r) {
        java.util.Map<String, List<ScheduleEvaluation>> by = new java.util.LinkedHashMap<>();
        for (ScheduleEvaluation e : r.evaluations()) {
            by.computeIfAbsent(e.candidate().modulatorName(), k -> new ArrayList<>()).add(e);
        }
        List<ModulatorBest> out = new ArrayList<>();
        by.forEach((name, es) -> {
            Double best = null;
            int feasible = 0;
            for (ScheduleEvaluation e : es) {
                if (e.feasible()) {
                    feasible++;
                    if (best == null || r.objective().better(e.objective(), best)) {
                        best = e.objective();
                    }
                }
            }
            out.add(new ModulatorBest(name, es.size(), feasible, best));
        });
        return out;
    }

    /** @return the summary of {@code s} */
    public static OptimizeSummary summary(Study s) {
        OptimizationResult r = s.result();
        Toxicity best = r.best().toxicity();
        SearchSpace sp = s.space();
        return new OptimizeSummary("aftermath", ToolVersion.get(), s.scenario(), s.scenarioFile(), r.objective().id(),
                r.objective().maximise(), r.method(), r.seed(), s.patients(), s.cohortSeed(), s.cytotoxic(),
                ScheduleView.of(r.best().candidate(), best), r.best().objective(),
                ScheduleView.of(r.own(), r.ownToxicity()), r.ownObjective(), r.ownFeasible(), r.improvement(),
                r.improved(), r.evaluations().size(), (int) r.evaluations().stream().filter(ScheduleEvaluation::feasible).count(),
                r.simulations(), s.wallSeconds(),
                sp.modulators().stream().map(m -> m.agent()).toList(), bounds(sp.offsetDays()),
                bounds(sp.durationDays()), bounds(sp.doseFactor()), bounds(r.intervalDays()), constraints(r),
                atBounds(s), perModulator(r), s.savesBest() ? BEST_SCENARIO : null, warnings(s));
    }

    /** @return each constraint with its limit, its value at the best schedule and whether it is at its limit */
    private static List<ConstraintView> constraints(OptimizationResult r) {
        Constraints c = r.constraints();
        Toxicity best = r.best().toxicity();
        return List.of(
                new ConstraintView("cumulative_cap", "mg/m²", c.cumulativeCapMgPerM2(), best.cumulativeMgPerM2(),
                        r.activeConstraints().contains("cumulative_cap")),
                new ConstraintView("min_interval", "days", c.minIntervalDays(), best.everyDays(),
                        r.activeConstraints().contains("min_interval")),
                new ConstraintView("max_modulator_doses", "doses",
                        c.maxModulatorDoses() == null ? null : c.maxModulatorDoses().doubleValue(),
                        (double) best.modulatorDoses(), r.activeConstraints().contains("max_modulator_doses")));
    }

    private static double[] bounds(Range r) {
        return new double[] {r.min(), r.max()};
    }

    /**
     * Writes {@value #JSON}, {@value #CSV}, {@value #REPORT}, the convergence figure and the
     * manifest, then moves the folder into place. The caller writes {@value #BEST_SCENARIO} into the
     * folder first when {@link Study#savesBest()}.
     *
     * @param folder the open output folder of {@value #COMMAND} (committed here)
     * @return the manifest written
     * @throws IOException on a write failure
     */
    public static Manifest<StudyDetails> write(Study s, OutputFolder folder) throws IOException {
        Json.write(summary(s), folder.file(JSON));
        writeCsv(s.result(), folder.file(CSV));
        Figure figure = ConvergenceChart.of(s.result(), axisLabel(s.result().objective(), s.patients()));
        Files.writeString(folder.file(REPORT), html(s, figure), StandardCharsets.UTF_8);
        FigureRenderer.writeFiles(figure, folder.file(figure.id() + ".svg"), folder.file(figure.id() + ".png"));
        Manifest<StudyDetails> manifest = Manifest.of(COMMAND, s.details(), folder.files());
        folder.commit(manifest);
        return manifest;
    }

    /** Columns of {@value #CSV}. */
    public static final List<String> COLUMNS = List.of("evaluation", "modulator", "offset_days", "duration_days",
            "dose", "cytotoxic_every_days", "cytotoxic_doses", "cumulative_cytotoxic_mg_per_m2", "modulator_doses",
            "feasible", "objective", "best_so_far", "reason");

    /** Writes one row per evaluation; empty cells where a value does not apply. */
    public static void writeCsv(OptimizationResult r, Path file) throws IOException {
        double[] best = r.bestSoFar();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (ScheduleEvaluation e : r.evaluations()) {
                Candidate c = e.candidate();
                Toxicity t = e.toxicity();
                List<String> cells = List.of(Integer.toString(e.index()), c.modulatorName(), number(c.offsetDays()),
                        number(c.durationDays()), number(c.dose()), number(c.everyDays()),
                        t == null ? "" : Integer.toString(t.cytotoxicDoses()),
                        t == null || t.cumulativeMgPerM2() == null ? "" : number(t.cumulativeMgPerM2()),
                        t == null ? "" : Integer.toString(t.modulatorDoses()), Boolean.toString(e.feasible()),
                        number(e.objective()), number(best[e.index() - 1]), quoted(e.reason()));
                w.write(String.join(",", cells));
                w.write('\n');
            }
        }
    }

    /** @return a CSV number: empty for NaN, else {@link CsvFormat#number} */
    static String number(double v) {
        return Double.isNaN(v) ? "" : CsvFormat.number(v);
    }

    static String quoted(String text) {
        if (text.isEmpty()) {
            return "";
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** @return the objective with its unit, as the chart's axis and the report name it */
    static String axisLabel(ScheduleObjective o, int patients) {
        String what = o == ScheduleObjective.LOG10_FINAL_BURDEN ? "log₁₀ cancer cells at the horizon"
                : "progression-free time (days, censored at the horizon)";
        return patients > 1 ? "Mean " + what + " over " + patients + " patients" : capitalised(what);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** @return the report page */
    public static String html(Study s, Figure figure) {
        OptimizationResult r = s.result();
        String title = "Aftermath schedule search: " + s.scenario();
        Xhtml h = new Xhtml();
        Page.open(h, title);
        h.open("header").nl().element("h1", title).nl();
        h.element("p", (r.objective().maximise() ? "Maximising " : "Minimising ")
                + axisLabel(r.objective(), s.patients()).toLowerCase(java.util.Locale.ROOT)
                + (s.patients() > 1 ? " (the same virtual patients, seed " + s.cohortSeed() + ", for every schedule)" : "")
                + " · " + r.method() + ", seed " + r.seed() + " · aftermath " + ToolVersion.get(), "class", "lead").nl();
        h.close().nl();
        h.open("section", "id", "result").nl().element("h2", "Best schedule").nl();
        Page.keyValues(h, "headline", new String[][] {
                {"Best objective", NumberText.of(r.best().objective())},
                {"Scenario's own schedule", NumberText.of(r.ownObjective()) + (r.ownFeasible() ? ""
                        : " (outside the constraints)")},
                {"Improvement", NumberText.of(r.improvement()) + (r.objective() == ScheduleObjective.LOG10_FINAL_BURDEN
                        ? " log₁₀ (final burden × " + NumberText.of(Math.pow(10, -r.improvement())) + ")" : " days")
                        + (r.improved() ? "" : "; below the resolution " + NumberText.of(ScheduleObjective.RESOLUTION)
                        + ": no better schedule than the scenario's own was found")},
                {"Evaluations", r.evaluations().size() + " (" + r.evaluations().stream().filter(ScheduleEvaluation::feasible)
                        .count() + " feasible, simulated)"},
                {"Simulations", Long.toString(r.simulations())},
                {"Wall time", NumberText.of(s.wallSeconds()) + " s"},
                {"Solver", solver(s.details().solver())},
                {"Runnable scenario", s.savesBest() ? BEST_SCENARIO : "none: the best schedule within the"
                        + " constraints is worse than the scenario's own"}});
        List<String> warnings = warnings(s);
        if (!warnings.isEmpty()) {
            h.open("ul", "class", "warnings");
            warnings.forEach(w -> h.element("li", "warning: " + w));
            h.close().nl();
        }
        scheduleTable(h, s);
        List<String> atBounds = atBounds(s);
        if (!atBounds.isEmpty()) {
            h.element("p", "On the edge of its search range: " + String.join(", ", atBounds)
                    + ". A wider range may do better.", "class", "empty").nl();
        }
        List<ModulatorBest> per = perModulator(r);
        if (per.size() > 1) {
            h.element("h3", "Best per modulator").nl();
            h.tableHead("per-modulator", "Modulator", "Evaluations", "Feasible", "Best objective");
            for (ModulatorBest m : per) {
                h.open("tr").element("th", m.modulator(), "scope", "row")
                        .element("td", Integer.toString(m.evaluations()), "class", "num")
                        .element("td", Integer.toString(m.feasible()), "class", "num")
                        .element("td", m.best() == null ? "—" : NumberText.of(m.best()), "class", "num").close().nl();
            }
            h.close().close().nl();
        }
        h.close().nl();
        h.open("section", "id", "constraints-section").nl().element("h2", "Constraints").nl();
        constraintTable(h, constraints(r));
        h.close().nl();
        h.open("section", "id", "figures").nl();
        Page.figure(h, figure);
        h.element("p", "Every evaluation: " + CSV + ".");
        h.close().nl();
        Page.close(h);
        return h.toString();
    }

    private static void scheduleTable(Xhtml h, Study s) {
        OptimizationResult r = s.result();
        ScheduleView own = ScheduleView.of(r.own(), r.ownToxicity());
        ScheduleView best = ScheduleView.of(r.best().candidate(), r.best().toxicity());
        String[][] rows = {
                {"Modulator", text(own.modulator()), text(best.modulator())},
                {"Offset after each cytotoxic dose (days)", num(own.offsetDays()), num(best.offsetDays())},
                {"Duration in each window (days)", num(own.durationDays()), num(best.durationDays())},
                {"Modulator dose", num(own.dose()) + unit(own), num(best.dose()) + unit(best)},
                {"Modulator doses within the horizon", Integer.toString(own.modulatorDoses()),
                        Integer.toString(best.modulatorDoses())},
                {s.cytotoxic() + " interval (days)", NumberText.of(own.cytotoxicEveryDays()),
                        NumberText.of(best.cytotoxicEveryDays())},
                {s.cytotoxic() + " doses within the horizon", Integer.toString(own.cytotoxicDoses()),
                        Integer.toString(best.cytotoxicDoses())},
                {"Cumulative " + s.cytotoxic() + " (mg/m²)", num(own.cumulativeCytotoxicMgPerM2()),
                        num(best.cumulativeCytotoxicMgPerM2())}};
        h.tableHead("schedules", "", "Scenario's own", "Best found");
        for (String[] row : rows) {
            h.open("tr").element("th", row[0], "scope", "row").element("td", row[1], "class", "num")
                    .element("td", row[2], "class", "num").close().nl();
        }
        h.close().close().nl();
    }

    private static void constraintTable(Xhtml h, List<ConstraintView> constraints) {
        h.tableHead("constraints", "Constraint", "Limit", "At the best schedule", "At its limit");
        for (ConstraintView c : constraints) {
            h.open("tr").element("th", c.name(), "scope", "row")
                    .element("td", c.limit() == null ? "none" : NumberText.of(c.limit()) + " " + c.unit(), "class", "num")
                    .element("td", c.valueAtBest() == null ? "—" : NumberText.of(c.valueAtBest()) + " " + c.unit(),
                            "class", "num")
                    .element("td", c.active() ? "yes" : "no").close().nl();
        }
        h.close().close().nl();
    }

    /** @return the integrator and its tolerances, as the reports show them */
    static String solver(Solver p) {
        return p.integrator() + ", rtol " + NumberText.of(p.relativeTolerance()) + ", atol "
                + NumberText.of(p.absoluteTolerance());
    }

    private static String text(String s) {
        return s == null ? "none" : s;
    }

    private static String num(Double v) {
        return v == null ? "—" : NumberText.of(v);
    }

    private static String unit(ScheduleView v) {
        return v.dose() == null ? "" : " " + (v.doseUnit() == null ? "(default unit)" : v.doseUnit());
    }
}
