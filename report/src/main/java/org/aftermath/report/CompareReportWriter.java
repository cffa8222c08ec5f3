package org.aftermath.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.figures.CompareChart;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.figures.Headless;
import org.aftermath.report.html.OutcomeTables;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.SummaryView;
import org.aftermath.report.html.Xhtml;
import org.aftermath.runner.RunResult;

/**
 * Writes {@value #REPORT} for several runs — one self-contained XHTML file — and the overlay
 * figure as {@code .svg} and {@code .png} beside it: the tumour burdens on one log axis, an
 * outcome table with one row per scenario, and each scenario's final burden relative to the
 * first's.
 */
public final class CompareReportWriter {
    /** The command that writes comparison folders, as manifests record it. */
    public static final String COMMAND = "compare";
    /** File name of the comparison report. */
    public static final String REPORT = "compare.html";

    static {
        Headless.ensure();
    }

    private CompareReportWriter() { }

    /**
     * A compared run.
     *
     * @param label  name in the legend and the table (unique within a comparison)
     * @param file   the scenario file as given
     * @param sha256 SHA-256 of the scenario file's bytes as read for the run
     * @param result the run
     */
    public record Compared(String label, String file, String sha256, RunResult result) {
        public Compared {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Writes the comparison's outputs and its manifest, then moves the folder into place.
     *
     * @param runs   the runs, the first being the reference, all run with the same options
     * @param folder the open output folder of {@value #COMMAND} (committed here)
     * @return the manifest written
     * @throws IOException on a write failure
     */
    public static Manifest<CompareDetails> write(List<Compared> runs, OutputFolder folder) throws IOException {
        Figure figure = figure(runs);
        Files.writeString(folder.file(REPORT), html(runs, figure), StandardCharsets.UTF_8);
        FigureRenderer.writeFiles(figure, folder.file(figure.id() + ".svg"), folder.file(figure.id() + ".png"));
        Manifest<CompareDetails> manifest = Manifest.of(COMMAND,
                CompareDetails.of(runs, runs.get(0).result().options()), folder.files());
        folder.commit(manifest);
        return manifest;
    }

    /** @return the overlay figure, one series per run in order */
    public static Figure figure(List<Compared> runs) {
        return CompareChart.of(runs.stream().map(r -> new CompareChart.Run(r.label(), r.result())).toList());
    }

    /** @return the outcome table, one row per run */
    public static String outcomeTable(List<Compared> runs) {
        List<OutcomeTables.Entry> entries = new ArrayList<>();
        for (Compared r : runs) {
            entries.add(new OutcomeTables.Entry(r.label(), SummaryView.of(r.result().summary()),
                    r.result().scenario().days()));
        }
        return OutcomeTables.compare(entries);
    }

    /**
     * @param labels the scenarios' labels
     * @param days   their horizons, days
     * @return a warning when the horizons differ (the final burdens are then read on different days), else null
     */
    public static String horizonWarning(List<String> labels, List<Double> days) {
        if (days.stream().distinct().count() < 2) {
            return null;
        }
        List<String> each = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            each.add(labels.get(i) + " " + NumberText.of(days.get(i)));
        }
        return "the horizons differ (" + String.join(", ", each) + " days): each final burden is read on its own"
                + " last day, so their ratios compare different days";
    }

    /** @return the comparison page */
    public static String html(List<Compared> runs, Figure figure) {
        String title = "Aftermath comparison: " + String.join(" vs ", runs.stream().map(Compared::label).toList());
        Xhtml h = new Xhtml();
        Page.open(h, title);
        h.open("header").nl().element("h1", title).nl();
        h.element("p", runs.size() + " scenarios · aftermath " + ToolVersion.get()
                + " · the first scenario is the reference of the relative final burden", "class", "lead").nl();
        h.close().nl();
        h.open("section", "id", "figures").nl();
        Page.figure(h, figure);
        h.close().nl();
        h.open("section", "id", "outcomes-section").nl().element("h2", "Outcomes").nl();
        h.raw(outcomeTable(runs));
        String horizons = horizonWarning(runs.stream().map(Compared::label).toList(),
                runs.stream().map(r -> r.result().scenario().days()).toList());
        if (horizons != null) {
            h.open("ul", "class", "warnings").element("li", "warning: " + horizons).close().nl();
        }
        h.element("p", "Final burden ÷ " + runs.get(0).label() + "'s: each scenario's burden on its last day"
                + " divided by that of the first scenario. Change: log₁₀ of final over initial burden (negative ="
                + " net kill).");
        h.close().nl();
        h.open("section", "id", "runs").nl().element("h2", "Scenarios").nl();
        h.tableHead("scenarios", "Scenario", "File", "Horizon (days)", "Doses", "Integrator", "Steps", "Seed");
        for (Compared r : runs) {
            RunResult x = r.result();
            h.open("tr").element("th", r.label(), "scope", "row").element("td", r.file())
                    .element("td", NumberText.of(x.scenario().days()), "class", "num")
                    .element("td", Integer.toString(x.summary().doses().size()), "class", "num")
                    .element("td", x.simulation().integrator())
                    .element("td", Long.toString(x.simulation().stats().steps()), "class", "num")
                    .element("td", Long.toString(x.options().seed()), "class", "num")
                    .close().nl();
        }
        h.close().close().nl().close().nl();
        Page.close(h);
        return h.toString();
    }
}
