package org.aftermath.report.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftermath.cohort.run.CohortDetails;
import org.aftermath.cohort.run.CohortReport;
import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.output.Manifest;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.figures.Headless;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.Xhtml;
import org.aftermath.tmen.scenario.CorrelationSpec;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

/**
 * Writes {@value #REPORT} into a cohort folder — one self-contained XHTML page (figures as inline SVG, styles
 * inline) — and each figure as {@code <id>.svg} and {@code <id>.png} beside it: the response rates, the burden bands,
 * the progression-free curve, the regimen, the distribution and correlations of the drawn inputs and the run's
 * provenance. The regimen, the correlations and when progression is assessed come from the scenario, when the
 * writer has it ({@link #CohortReportWriter(Scenario)}); merged shards have only their summaries.
 */
public final class CohortReportWriter implements CohortReport {

    /** File name of the report. */
    public static final String REPORT = "cohort-report.html";
    private static final List<String> FIGURES = List.of(BandChart.ID, ProgressionFreeChart.ID);

    static {
        Headless.ensure();
    }

    private final Scenario scenario;

    /** A writer without the scenario (merging shards): no regimen, correlations or assessment days. */
    public CohortReportWriter() {
        this(null);
    }

    /** @param scenario the cohort's scenario as read, or null */
    public CohortReportWriter(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public List<String> files() {
        List<String> files = new ArrayList<>();
        files.add(REPORT);
        for (String id : FIGURES) {
            files.add(id + ".svg");
            files.add(id + ".png");
        }
        return files;
    }

    @Override
    public void write(Path folder, CohortSummary summary, Manifest<CohortDetails> manifest) throws IOException {
        List<Figure> figures = figures(summary, scenario);
        Files.writeString(folder.resolve(REPORT), html(summary, manifest, figures, scenario), StandardCharsets.UTF_8);
        for (Figure f : figures) {
            FigureRenderer.writeFiles(f, folder.resolve(f.id() + ".svg"), folder.resolve(f.id() + ".png"));
        }
    }

    /**
     * @param scenario the cohort's scenario, or null
     * @return the bands, then the progression-free curve
     */
    public static List<Figure> figures(CohortSummary summary, Scenario scenario) {
        double[] days = summary.burden().days();
        double horizon = days[days.length - 1];
        return List.of(BandChart.of(summary, horizon), ProgressionFreeChart.of(summary, horizon, scenario));
    }

    /**
     * @param scenario the cohort's scenario, or null
     * @return the report page
     */
    public static String html(CohortSummary s, Manifest<CohortDetails> m, List<Figure> figures, Scenario scenario) {
        Xhtml h = new Xhtml();
        String title = "Aftermath cohort report: " + s.scenario();
        Page.open(h, title);
        h.open("header").nl();
        h.element("h1", title).nl();
        h.element("p", "Scenario " + m.details().scenarioFile() + " · " + s.patients() + " virtual patients"
                + (s.failedPatients() > 0 ? " (" + s.failedPatients() + " failed: their runs did not complete, see the"
                + " status and failure columns of patients.csv; every figure and table is over the "
                + (s.patients() - s.failedPatients()) + " completed)" : "")
                + " · seed " + s.seed() + " · aftermath " + m.version() + " · written " + m.createdUtc(), "class", "lead")
                .nl();
        h.open("nav");
        for (String[] link : new String[][] {{"outcomes-section", "Outcomes"}, {"figures", "Figures"},
                {"regimen", "Regimen"}, {"inputs", "Inputs"}, {"manifest", "Run"}}) {
            if (scenario != null || !link[0].equals("regimen")) {
                h.element("a", link[1], "href", "#" + link[0]);
            }
        }
        h.close().nl().close().nl();

        h.open("section", "id", "outcomes-section").nl().element("h2", "Outcomes").nl();
        h.element("p", "Best response per patient, RECIST-style, as the scenario's endpoints define it.");
        responses(h, s);
        Page.keyValues(h, "cohort-outcomes", new String[][] {
            {"Objective response (CR or PR)", percent(s.objectiveResponse())},
            {"Progression-free at the horizon", percent(s.progressionFree().atHorizon())},
            {"Median progression-free time", s.progressionFree().medianDays() == null
                    ? "not reached (more than half progression-free at the horizon)"
                    : NumberText.of(s.progressionFree().medianDays()) + " days (first grid day with at most half"
                    + " progression-free)"},
        });
        h.close().nl();

        h.open("section", "id", "figures").nl().element("h2", "Figures").nl();
        figures.forEach(f -> Page.figure(h, f));
        h.close().nl();

        if (scenario != null) {
            h.open("section", "id", "regimen").nl().element("h2", "Regimen").nl();
            h.element("p", "Every patient's treatment as the scenario gives it (a varied treatment key differs per"
                    + " patient: see Inputs).");
            regimen(h, scenario);
            h.close().nl();
        }

        h.open("section", "id", "inputs").nl().element("h2", "Inputs").nl();
        h.element("p", "The drawn value of each varied input over the cohort (sample statistics; quantiles "
                + "Hyndman–Fan type 7).");
        inputs(h, s.inputs());
        if (scenario != null) {
            correlations(h, scenario.variability().correlations());
        }
        h.close().nl();

        h.open("section", "id", "manifest").nl().element("h2", "Run").nl();
        Page.keyValues(h, "manifest-table", manifestRows(m));
        h.close().nl();
        Page.close(h);
        return h.toString();
    }

    private static void responses(Xhtml h, CohortSummary s) {
        h.tableHead("responses", "Best response", "Patients", "Fraction");
        Map<String, String> names = Map.of("CR", "complete response (CR)", "PR", "partial response (PR)",
                "SD", "stable disease (SD)", "PD", "progressive disease (PD)");
        s.response().forEach((code, rate) -> h.open("tr").element("th", names.getOrDefault(code, code), "scope", "row")
                .element("td", Long.toString(rate.count()), "class", "num")
                .element("td", percent(rate.fraction()), "class", "num").close().nl());
        h.close().close().nl();
    }

    private static void regimen(Xhtml h, Scenario scenario) {
        if (scenario.treatments().isEmpty()) {
            h.element("p", "No treatment.", "class", "empty");
            return;
        }
        h.tableHead("regimen-table", "Treatment", "Per dose", "Doses", "Days");
        for (Treatment t : scenario.treatments()) {
            List<Double> days = t.schedule().doseDays().stream().filter(d -> d <= scenario.days()).toList();
            String perDose = t instanceof Treatment.AgentTreatment a ? a.agent().agentId() + " " + a.agent().label()
                    : "kill fraction " + NumberText.of(((Treatment.KillFraction) t).fraction());
            h.open("tr").element("th", t.name(), "scope", "row").element("td", perDose + (t.cytotoxic() ? "" : " (modulator)"))
                    .element("td", Integer.toString(days.size()), "class", "num")
                    .element("td", NumberText.days(days)).close().nl();
        }
        h.close().close().nl();
    }

    private static void correlations(Xhtml h, List<CorrelationSpec> correlations) {
        h.element("h3", "Correlations");
        if (correlations.isEmpty()) {
            h.element("p", "None: each input is drawn independently of the others.", "id", "correlations", "class", "empty");
            return;
        }
        h.element("p", "Inputs drawn together, each pair with its correlation on the Gaussian copula scale (the"
                + " correlation of the inputs' normal scores, not of their values).");
        h.tableHead("correlations", "Input", "Input", "Copula correlation ρ");
        for (CorrelationSpec c : correlations) {
            h.open("tr").element("td", c.a()).element("td", c.b()).element("td", NumberText.of(c.rho()), "class", "num")
                    .close().nl();
        }
        h.close().close().nl();
    }

    private static void inputs(Xhtml h, List<CohortSummary.InputSummary> inputs) {
        h.tableHead("input-distributions", "Input", "Mean", "SD", "Min", "5 %", "Median", "95 %", "Max");
        for (CohortSummary.InputSummary i : inputs) {
            h.open("tr").element("th", i.name(), "scope", "row");
            for (double v : new double[] {i.mean(), i.sd(), i.min(), i.p05(), i.median(), i.p95(), i.max()}) {
                h.element("td", NumberText.of(v), "class", "num");
            }
            h.close().nl();
        }
        h.close().close().nl();
    }

    private static String[][] manifestRows(Manifest<CohortDetails> manifest) {
        CohortDetails m = manifest.details();
        return new String[][] {
            {"Tool", manifest.tool() + " " + manifest.command() + " " + manifest.version()},
            {"Scenario SHA-256", m.scenarioSha256()},
            {"Patients", Long.toString(m.patients())},
            {"Seed", Long.toString(m.seed()) + " (" + m.generator() + ")"},
            {"Patient seeds", m.patientSeeds()},
            {"Solver", m.solver().integrator() + ", relative tolerance "
                    + NumberText.of(m.solver().relativeTolerance()) + ", absolute tolerance "
                    + NumberText.of(m.solver().absoluteTolerance())},
            {"Band grid", "every " + NumberText.of(m.gridStepDays()) + " day(s) and the horizon"},
            {"Engine", m.executor() + (m.threads() == null ? "" : ", " + m.threads() + " thread(s)")},
            {"Java", manifest.javaVersion()},
            {"Files", String.join(", ", manifest.files())},
        };
    }

    private static String percent(double fraction) {
        return NumberText.of(100 * fraction) + " %";
    }
}
