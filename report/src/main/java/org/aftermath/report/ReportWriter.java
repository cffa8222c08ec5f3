package org.aftermath.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.report.figures.DoseMarks;
import org.aftermath.report.figures.ExactPoints;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.figures.Headless;
import org.aftermath.report.figures.ObservableCatalog;
import org.aftermath.report.figures.PanelChart;
import org.aftermath.report.figures.TumourChart;
import org.aftermath.report.html.OutcomeTables;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.SummaryTables;
import org.aftermath.report.html.SummaryView;
import org.aftermath.report.html.Xhtml;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.Timeseries;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ParameterValue;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.scenario.Growth;
import org.aftermath.tmen.scenario.GrowthLaw;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

/**
 * Writes {@value #REPORT} for one run — a single self-contained XHTML file (figures as inline
 * SVG, styles inline, nothing fetched) — and every figure as {@code <id>.svg} and
 * {@code <id>.png} beside it. The page gives the outcomes, the figures (tumour burden first, then
 * the panels of {@link ObservableCatalog} the model has observables for), the scenario with its
 * inputs and dose table, and the manifest.
 */
public final class ReportWriter {
    /** File name of the report. */
    public static final String REPORT = "report.html";

    static {
        Headless.ensure();
    }

    private ReportWriter() { }

    /**
     * Writes {@code report.html} and the given figures (from {@link #figures}), for callers that
     * need the file names before writing, e.g. to list them in the manifest.
     *
     * @return the names of the files written, report first ({@link #files})
     * @throws IOException on a write failure
     */
    public static List<String> write(RunResult result, Manifest<RunDetails> manifest, List<Figure> figures,
                                     OutputFolder folder)
            throws IOException {
        return write(result, null, manifest, figures, folder);
    }

    /** As {@link #write(RunResult, Manifest, List, OutputFolder)}, with the control arm (or null) in the report. */
    public static List<String> write(RunResult result, ControlArm control, Manifest<RunDetails> manifest,
                                     List<Figure> figures, OutputFolder folder) throws IOException {
        Files.writeString(folder.file(REPORT), html(result, control, manifest, figures), StandardCharsets.UTF_8);
        for (Figure f : figures) {
            FigureRenderer.writeFiles(f, folder.file(f.id() + ".svg"), folder.file(f.id() + ".png"));
        }
        return files(figures);
    }

    /** @return the report's file names: {@code report.html}, then each figure's .svg and .png */
    public static List<String> files(List<Figure> figures) {
        List<String> files = new ArrayList<>();
        files.add(REPORT);
        for (Figure f : figures) {
            files.add(f.id() + ".svg");
            files.add(f.id() + ".png");
        }
        return files;
    }

    /** @return the run's figures: the tumour burden, then one per non-empty observable group */
    public static List<Figure> figures(RunResult result) {
        return figures(result, null);
    }

    /**
     * @param control the control arm drawn beside the run in the tumour figure, or null
     * @return the run's figures: the tumour burden, then one per non-empty observable group
     */
    public static List<Figure> figures(RunResult result, ControlArm control) {
        List<Figure> figures = new ArrayList<>();
        figures.add(control == null ? TumourChart.of(result)
                : TumourChart.of(result, control.result(), "control: without " + control.leftOutText()));
        DoseMarks marks = DoseMarks.of(result.scenario().doses(), result.scenario().days());
        Map<String, List<double[]>> exact = ExactPoints.of(result.summary().exposure());
        for (ObservableCatalog.Group g : ObservableCatalog.bundled().group(result.timeseries().columns())) {
            PanelChart.of(g, result.timeseries(), result.scenario().days(), marks, exact)
                    .map(f -> new Figure(f.id(), f.title(), f.caption() + " Drawn from the output grid, every "
                            + NumberText.of(result.options().outputStep()) + " day(s) (--step)"
                            + (g.columns().stream().anyMatch(exact::containsKey) ? ", plus each dose's exact peak" : "")
                            + ". " + marks.caption(),
                            f.chart()))
                    .ifPresent(figures::add);
        }
        return figures;
    }

    /** @return the report page */
    public static String html(RunResult result, Manifest<RunDetails> manifest, List<Figure> figures) {
        return html(result, null, manifest, figures);
    }

    /**
     * @param control the control arm, compared in the outcomes, or null
     * @return the report page
     */
    public static String html(RunResult result, ControlArm control, Manifest<RunDetails> manifest, List<Figure> figures) {
        CompiledScenario compiled = result.scenario();
        Scenario scenario = compiled.scenario();
        SummaryView summary = SummaryView.of(result.summary());
        Xhtml h = new Xhtml();
        Page.open(h, "Aftermath report: " + scenario.name());
        h.open("header").nl();
        h.element("h1", "Aftermath report: " + scenario.name()).nl();
        h.element("p", "Scenario " + manifest.details().scenarioFile() + " · " + NumberText.of(compiled.days()) + " days · "
                + compiled.doses().size() + " dose(s) · aftermath " + manifest.version() + " · written "
                + manifest.createdUtc(), "class", "lead").nl();
        List<SummaryView.Table> details = summary.tables().stream()
                .filter(t -> !t.name().equals("doses") && !t.rows().isEmpty()).toList();
        h.open("nav");
        for (String[] link : new String[][] {{"outcomes-section", "Outcomes"}, {"figures", "Figures"},
                {"details", "More outcomes"}, {"scenario", "Scenario"}, {"doses", "Doses"}, {"manifest", "Run"}}) {
            if (!link[0].equals("details") || !details.isEmpty()) {
                h.element("a", link[1], "href", "#" + link[0]);
            }
        }
        h.close().nl().close().nl();

        Page.openSection(h, "outcomes-section", "Outcomes", true);
        h.raw(OutcomeTables.run(summary, compiled.days()));
        if (control != null) {
            control(h, result, control);
        }
        List<String> warnings = summary.warnings();
        if (!warnings.isEmpty()) {
            h.open("ul", "class", "warnings");
            warnings.forEach(w -> h.element("li", "warning: " + w));
            h.close().nl();
        }
        h.close().nl();

        Page.openSection(h, "figures", "Figures", true);
        figures.forEach(f -> Page.figure(h, f));
        otherObservables(h, result);
        h.close().nl();

        if (!details.isEmpty()) {
            Page.openSection(h, "details", "More outcomes", false);
            details.forEach(t -> SummaryTables.write(h, t, "h3"));
            h.close().nl();
        }

        Page.openSection(h, "scenario", "Scenario", true);
        Page.keyValues(h, "scenario-inputs", scenarioRows(scenario, manifest.details()));
        h.element("h3", "Treatments");
        treatments(h, compiled);
        h.open("details", "class", "sub", "id", "parameters-section").element("summary", "Parameters (" + compiled.parameters().size() + ")");
        h.element("p", "Every parameter value the run starts from and what set it (values computed at day 0"
                + " from others are in manifest.json).");
        parameters(h, compiled.parameters());
        h.close().nl();
        h.close().nl();

        Page.openSection(h, "doses", "Doses (" + result.summary().doses().size() + ")", false);
        h.element("p", "Each applied dose, what it gives, and the living cancer cells just before and just after it,"
                + " from the exact trajectory.");
        doses(h, result);
        h.close().nl();

        Page.openSection(h, "manifest", "Run", false);
        Page.keyValues(h, "manifest-table", manifestRows(manifest));
        h.close().nl();
        Page.close(h);
        return h.toString();
    }

    /** The control arm beside the run: what it leaves out and the final burdens of both. */
    private static void control(Xhtml h, RunResult result, ControlArm control) {
        double arm = result.summary().finalTumorCells();
        double ctl = control.result().summary().finalTumorCells();
        h.element("h3", "Against the control arm");
        h.element("p", "The control arm is the same scenario without " + control.leftOutText() + " (its cytotoxic"
                + " treatments only), run with the same options; it is drawn in the tumour-burden figure and not written"
                + " to timeseries.csv or summary.json. To compare other arms: aftermath compare A.yaml B.yaml.");
        Page.keyValues(h, "control-arm", new String[][] {
            {"Final burden, this run (cells)", NumberText.of(arm)},
            {"Final burden, control (cells)", NumberText.of(ctl)},
            {"Fold fewer cells than the control", ControlArm.ratio(ctl, arm)},
            {"Nadir, control (cells)", NumberText.of(control.result().summary().nadirTumorCells())},
            {"Best response, control", String.valueOf(control.result().summary().bestResponse())},
        });
    }

    /** The doses table: day, treatment, amount and unit per dose, cells just before and after. */
    private static void doses(Xhtml h, RunResult result) {
        List<org.aftermath.runner.DoseOutcome> doses = result.summary().doses();
        if (doses.isEmpty()) {
            h.element("p", "No doses.", "class", "empty");
            return;
        }
        Map<String, String[]> given = new java.util.HashMap<>();
        Map<String, Double> kills = result.scenario().killFractions();
        for (Treatment t : result.scenario().scenario().treatments()) {
            given.put(t.name(), t instanceof Treatment.AgentTreatment a
                    ? new String[] {NumberText.of(a.agent().dose()), a.agent().unit().toString()}
                    : new String[] {NumberText.of(kills.get(t.name())), "fraction killed"});
        }
        h.tableHead("table-doses", "Day", "Treatment", "Dose", "Unit", "Cells just before", "Cells just after");
        for (org.aftermath.runner.DoseOutcome d : doses) {
            String[] g = given.getOrDefault(d.treatment(), new String[] {"—", ""});
            h.open("tr").element("td", NumberText.of(d.day()), "class", "num").element("th", d.treatment(), "scope", "row")
                    .element("td", g[0], "class", "num").element("td", g[1])
                    .element("td", NumberText.of(d.tumorCellsBefore()), "class", "num")
                    .element("td", NumberText.of(d.tumorCellsAfter()), "class", "num")
                    .close().nl();
        }
        h.close().close().nl();
    }

    private static void otherObservables(Xhtml h, RunResult result) {
        Timeseries ts = result.timeseries();
        ObservableCatalog catalog = ObservableCatalog.bundled();
        List<String> other = catalog.unplaced(ts.columns(), catalog.group(ts.columns()));
        if (other.isEmpty() || ts.rows().isEmpty()) {
            return;
        }
        ObservableUnits units = new ObservableUnits(result.scenario().model());
        h.open("details", "class", "sub", "id", "other-observables-section")
                .element("summary", "Other observables (" + other.size() + ")").nl();
        h.element("p", "Observables not drawn above (see panels.yaml in the report module), on the output grid;"
                + " full time courses in timeseries.csv. Units are the model's unit ids, declared or following from"
                + " declared units (a ratio of like quantities is dimensionless); — where the model does not"
                + " determine one.");
        h.tableHead("other-observables", "Observable", "Unit", "Day 0", "Smallest", "Largest", "Last day");
        for (String name : other) {
            int c = ts.column(name);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : ts.rows()) {
                min = Math.min(min, row[c]);
                max = Math.max(max, row[c]);
            }
            h.open("tr").element("th", name, "scope", "row").element("td", units.of(name).orElse("—"))
                    .element("td", NumberText.of(ts.rows().get(0)[c]), "class", "num")
                    .element("td", NumberText.of(min), "class", "num")
                    .element("td", NumberText.of(max), "class", "num")
                    .element("td", NumberText.of(ts.rows().get(ts.rows().size() - 1)[c]), "class", "num")
                    .close().nl();
        }
        h.close().close().nl().close().nl();
    }

    private static String[][] scenarioRows(Scenario s, RunDetails m) {
        return new String[][] {
            {"Name", s.name()},
            {"File", m.scenarioFile()},
            {"File SHA-256", m.scenarioSha256()},
            {"Model", s.model()},
            {"Horizon", NumberText.of(s.days()) + " days"},
            {"Initial cancer cells", NumberText.of(s.tumor().cells())},
            {"Growth", growth(s.tumor().growth())},
        };
    }

    /** @return the growth law in words, with its values and units, as its description names them */
    static String growth(Growth g) {
        StringBuilder out = new StringBuilder(g.form().growthLaw().title());
        for (GrowthLaw.Key key : g.form().keys()) {
            List<Double> values = g.values(key.name());
            String shown = values.stream().map(NumberText::of).collect(Collectors.joining(", "));
            out.append(", ").append(key.label()).append(values.size() > 1 ? "s " : " ").append(shown).append(' ').append(key.unit());
            if (values.size() > 1) {
                out.append(" (the k-th applies after the k-th kill dose, the first also before any)");
            }
        }
        return out.toString();
    }

    /** The treatments table: every treatment (kill fraction, drug or radiation) with what it gives per dose. */
    private static void treatments(Xhtml h, CompiledScenario c) {
        Map<String, String> perDose = c.perDose();
        if (perDose.isEmpty()) {
            h.element("p", "No treatment.", "class", "empty");
            return;
        }
        Map<String, List<Dose>> byTreatment = c.doses().stream()
                .collect(Collectors.groupingBy(Dose::treatment, java.util.LinkedHashMap::new, Collectors.toList()));
        h.tableHead("treatments", "Treatment", "Per dose", "Doses applied", "Days");
        perDose.forEach((name, what) -> {
            List<Dose> ds = byTreatment.getOrDefault(name, List.of());
            h.open("tr").element("th", name, "scope", "row").element("td", what)
                    .element("td", Integer.toString(ds.size()), "class", "num")
                    .element("td", NumberText.days(ds.stream().map(Dose::day).toList()))
                    .close().nl();
        });
        h.close().close().nl();
    }

    private static void parameters(Xhtml h, List<ParameterValue> params) {
        h.tableHead("parameters", "Parameter", "Value", "Unit", "Set by");
        for (ParameterValue p : params) {
            h.open("tr").element("th", p.name(), "scope", "row").element("td", NumberText.of(p.value()), "class", "num")
                    .element("td", p.unit() == null ? "" : p.unit())
                    .element("td", p.setBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .close().nl();
        }
        h.close().close().nl();
    }

    private static String[][] manifestRows(Manifest<RunDetails> manifest) {
        RunDetails m = manifest.details();
        return new String[][] {
            {"Tool", manifest.tool() + " " + manifest.version()},
            {"Seed", Long.toString(m.seed())},
            {"Solver", m.solver().integrator() + ", relative tolerance " + NumberText.of(m.solver().relativeTolerance())
                    + ", absolute tolerance " + NumberText.of(m.solver().absoluteTolerance())},
            {"Steps", m.work().steps() + " accepted, " + m.work().rejectedSteps() + " rejected"},
            {"Evaluations", m.work().rhsEvaluations() + " right-hand side, " + m.work().jacobianEvaluations()
                    + " Jacobian, " + m.work().luDecompositions() + " LU"},
            {"Output step", NumberText.of(m.outputStep()) + (m.outputStep() == 1 ? " day" : " days")},
            {"Wall time", NumberText.of(m.wallTimeMs()) + " ms"},
            {"Java", manifest.javaVersion()},
            {"Written", manifest.createdUtc()},
        };
    }
}
