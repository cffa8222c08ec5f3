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

/**
 * Writes {@value #REPORT} into a cohort folder — one self-contained XHTML page (figures as inline SVG, styles
 * inline) — and each figure as {@code <id>.svg} and {@code <id>.png} beside it: the response rates, the burden bands,
 * the progression-free curve, the distribution of the drawn inputs and the run's provenance.
 */
public final class CohortReportWriter implements CohortReport {

    /** File name of the report. */
    public static final String REPORT = "cohort-report.html";
    private static final List<String> FIGURES = List.of(BandChart.ID, ProgressionFreeChart.ID);

    static {
        Headless.ensure();
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
        List<Figure> figures = figures(summary);
        Files.writeString(folder.resolve(REPORT), html(summary, manifest, figures), StandardCharsets.UTF_8);
        for (Figure f : figures) {
            FigureRenderer.writeFiles(f, folder.resolve(f.id() + ".svg"), folder.resolve(f.id() + ".png"));
        }
    }

    /** @return the bands, then the progression-free curve */
    public static List<Figure> figures(CohortSummary summary) {
        double[] days = summary.burden().days();
        double horizon = days[days.length - 1];
        return List.of(BandChart.of(summary, horizon), ProgressionFreeChart.of(summary, horizon));
    }

    /** @return the report page */
    public static String html(CohortSummary s, Manifest<CohortDetails> m, List<Figure> figures) {
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
                {"inputs", "Inputs"}, {"manifest", "Run"}}) {
            h.element("a", link[1], "href", "#" + link[0]);
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

        h.open("section", "id", "inputs").nl().element("h2", "Inputs").nl();
        h.element("p", "The drawn value of each varied input over the cohort (sample statistics; quantiles "
                + "Hyndman–Fan type 7).");
        inputs(h, s.inputs());
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
