package org.aftermath.report.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftermath.fit.FitOutputs;
import org.aftermath.fit.FitReport;
import org.aftermath.fit.FitResult;
import org.aftermath.fit.FitSummary;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.uncertainty.PredictiveBands;
import org.aftermath.fit.uncertainty.Profiler;
import org.aftermath.output.CsvFormat;
import org.aftermath.output.Manifest;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.Xhtml;

/**
 * {@value #REPORT}: the fit's outcome on one self-contained page — the data with error bars over the fitted curves
 * per observable and condition (with posterior predictive bands after sampling), the residuals, the waterfall of
 * the starts, the profiles, the posterior marginals and the estimates table — and each figure as SVG and PNG.
 * After sampling it also writes {@value #PREDICTIVE}.
 */
public final class FitReportWriter implements FitReport {

    /** The report page. */
    public static final String REPORT = "fit-report.html";
    /** The posterior predictive bands (with --sample). */
    public static final String PREDICTIVE = "predictive.csv";
    /** Grid points of the fitted curves per condition. */
    static final int POINTS = 121;
    /** Posterior draws simulated for the bands. */
    static final int DRAWS = 100;

    @Override
    public List<String> write(FitResult r, Function<String, Path> file) throws IOException {
        List<String> names = new ArrayList<>();
        if (r.best() < 0) {
            return names;
        }
        Objective objective = new Objective(r.problem(), r.job().settings());
        List<Objective.Curve> curves = objective.curves(r.bestStart().x(), POINTS);
        List<PredictiveBands.Band> bands = r.sample() == null ? List.of()
                : PredictiveBands.of(objective, r.sample(), DRAWS, POINTS, r.options().level());
        if (!bands.isEmpty()) {
            writeBands(bands, file.apply(PREDICTIVE));
            names.add(PREDICTIVE);
        }
        List<Figure> figures = new ArrayList<>(FitCharts.data(r, curves, bands));
        figures.add(FitCharts.residuals(r));
        figures.add(FitCharts.waterfall(r));
        double threshold = Profiler.threshold(r.options().level());
        if (!r.profiles().isEmpty()) {
            figures.addAll(FitCharts.profiles(r, threshold));
        }
        if (r.sample() != null) {
            figures.addAll(FitCharts.marginals(r));
        }
        for (Figure f : figures) {
            FigureRenderer.writeFiles(f, file.apply(f.id() + ".svg"), file.apply(f.id() + ".png"));
            names.add(f.id() + ".svg");
            names.add(f.id() + ".png");
        }
        Files.writeString(file.apply(REPORT), html(r, figures), StandardCharsets.UTF_8);
        names.add(REPORT);
        return names;
    }

    private static void writeBands(List<PredictiveBands.Band> bands, Path path) throws IOException {
        StringBuilder b = new StringBuilder("condition,observable,time,lower,median,upper,draws\n");
        for (PredictiveBands.Band band : bands) {
            for (int t = 0; t < band.times().length; t++) {
                b.append(band.experiment()).append(',').append(band.observable()).append(',')
                        .append(CsvFormat.number(band.times()[t])).append(',')
                        .append(CsvFormat.number(band.lower()[t])).append(',')
                        .append(CsvFormat.number(band.median()[t])).append(',')
                        .append(CsvFormat.number(band.upper()[t])).append(',').append(band.draws()).append('\n');
            }
        }
        Files.writeString(path, b, StandardCharsets.UTF_8);
    }

    static String html(FitResult r, List<Figure> figures) {
        String title = "Aftermath fit: " + r.problem().name();
        FitSummary s = FitSummary.of(r, "");
        Xhtml h = new Xhtml();
        Page.open(h, title);
        h.open("header").nl().element("h1", title).nl();
        h.element("p", r.starts().size() + " starts of " + r.job().method().id() + " with gradients from forward"
                + " sensitivities; " + s.startsAtBest() + " reached the best objective; " + r.problem().measurements()
                .size() + " measurements · aftermath " + ToolVersion.get(), "class", "lead").nl();
        h.close().nl();
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {"Problem file", r.problem().source()});
        kv.add(new String[] {"Objective at the best fit", NumberText.of(s.best().value())
                + " (negative log-likelihood " + NumberText.of(s.best().likelihood()) + ")"});
        kv.add(new String[] {"Objective at the nominal parameters", s.nominal().failure() == null
                ? NumberText.of(s.nominal().value()) : "not finite: " + s.nominal().failure()});
        kv.add(new String[] {"Seed", Long.toString(r.job().seed())});
        kv.add(new String[] {"Solver", "RODAS4, rtol " + NumberText.of(r.job().rtol()) + ", atol "
                + NumberText.of(r.job().atol())});
        h.open("section", "id", "summary").nl();
        Page.keyValues(h, "fit", kv.toArray(String[][]::new));
        h.close().nl();
        h.open("section", "id", "estimates-section").nl().element("h2", "Estimates").nl();
        h.tableHead("estimates", "Parameter", "Estimate", "SE (scale)", "Wald 95 %", "Profile 95 %", "Verdict",
                "Bounds");
        for (FitSummary.Estimate e : s.parameters()) {
            if (!e.estimated()) {
                continue;
            }
            h.open("tr").element("td", e.id()).element("td", NumberText.of(e.estimate()))
                    .element("td", e.standardError() == null ? "–" : NumberText.of(e.standardError()) + " ("
                            + e.scale() + ")")
                    .element("td", interval(e.waldLower(), e.waldUpper()))
                    .element("td", e.verdict() == null ? "–" : interval(e.profileLower(), e.profileUpper()))
                    .element("td", e.verdict() == null ? "–" : e.verdict())
                    .element("td", "[" + NumberText.of(e.lower()) + ", " + NumberText.of(e.upper()) + "]")
                    .close().nl();
        }
        h.close().close().nl();
        h.element("p", "Tables: " + FitOutputs.SUMMARY + ", " + FitOutputs.STARTS
                + (r.profiles().isEmpty() ? "" : ", " + FitOutputs.PROFILES)
                + (r.sample() == null ? "" : ", " + FitOutputs.SAMPLES + ", " + PREDICTIVE)
                + "; how it ran: " + Manifest.FILE + ".");
        h.close().nl();
        h.open("section", "id", "figures").nl();
        for (Figure f : figures) {
            Page.figure(h, f);
        }
        h.close().nl();
        Page.close(h);
        return h.toString();
    }

    private static String interval(Double lo, Double hi) {
        return "[" + (lo == null ? "bound" : NumberText.of(lo)) + ", " + (hi == null ? "bound" : NumberText.of(hi))
                + "]";
    }
}
