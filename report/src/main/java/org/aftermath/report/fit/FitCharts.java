package org.aftermath.report.fit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.fit.FitResult;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.problem.Transformation;
import org.aftermath.fit.uncertainty.PredictiveBands;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The figures of a fit report, in the report module's style (Okabe–Ito colours, {@link ChartStyle}). */
final class FitCharts {

    private static final BasicStroke DASH = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private FitCharts() {
    }

    /**
     * Per observable: each experiment's data (points with ±σ bars) over its fitted curve, with the posterior
     * predictive band when there is one.
     */
    static List<Figure> data(FitResult r, List<Objective.Curve> curves, List<PredictiveBands.Band> bands) {
        List<Figure> out = new ArrayList<>();
        List<Measurement> ms = r.problem().measurements();
        double[] sigma = r.atBest().sigma();
        int index = 0;
        for (ObservableDefinition o : r.problem().observables()) {
            boolean log = o.transformation() != Transformation.LIN;
            Map<String, YIntervalSeries> points = new LinkedHashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                Measurement m = ms.get(i);
                if (!m.observable().equals(o.id()) || !Double.isFinite(m.time())) {
                    continue;
                }
                String label = m.experiment().label();
                YIntervalSeries s = points.computeIfAbsent(label, YIntervalSeries::new);
                double y = m.value();
                double lo;
                double hi;
                if (o.transformation() == Transformation.LIN) {
                    lo = y - sigma[i];
                    hi = y + sigma[i];
                } else {
                    double ty = o.transformation().apply(y);
                    lo = o.transformation().inverse(ty - sigma[i]);
                    hi = o.transformation().inverse(ty + sigma[i]);
                }
                s.add(m.time(), y, lo, hi);
            }
            if (points.isEmpty()) {
                continue;
            }
            List<String> experiments = new ArrayList<>(points.keySet());
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDrawXError(false);
            errors.setDefaultLinesVisible(false);
            for (int e = 0; e < experiments.size(); e++) {
                data.addSeries(points.get(experiments.get(e)));
                errors.setSeriesPaint(e, Palette.series(e));
                errors.setSeriesShape(e, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
                errors.setSeriesVisibleInLegend(e, true);
            }
            errors.setErrorPaint(null);
            XYSeriesCollection fitted = new XYSeriesCollection();
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
            DeviationRenderer band = new DeviationRenderer(true, false);
            for (int e = 0; e < experiments.size(); e++) {
                for (Objective.Curve c : curves) {
                    if (c.experiment().equals(experiments.get(e)) && c.observable().equals(o.id())) {
                        XYSeries s = new XYSeries(experiments.get(e) + " (fit)", false, true);
                        for (int t = 0; t < c.times().length; t++) {
                            if (Double.isFinite(c.values()[t]) && (!log || c.values()[t] > 0)) {
                                s.add(c.times()[t], c.values()[t]);
                            }
                        }
                        int k = fitted.getSeriesCount();
                        fitted.addSeries(s);
                        lines.setSeriesPaint(k, Palette.series(e));
                        lines.setSeriesStroke(k, ChartStyle.LINE);
                        lines.setSeriesVisibleInLegend(k, false);
                    }
                }
                for (PredictiveBands.Band b : bands) {
                    if (b.experiment().equals(experiments.get(e)) && b.observable().equals(o.id())) {
                        YIntervalSeries s = new YIntervalSeries(experiments.get(e) + " (band)");
                        for (int t = 0; t < b.times().length; t++) {
                            if (Double.isFinite(b.lower()[t]) && (!log || b.lower()[t] > 0)) {
                                s.add(b.times()[t], b.median()[t], b.lower()[t], b.upper()[t]);
                            }
                        }
                        int k = bandData.getSeriesCount();
                        bandData.addSeries(s);
                        band.setSeriesFillPaint(k, Palette.series(e));
                        band.setSeriesPaint(k, Palette.series(e));
                        band.setSeriesStroke(k, new BasicStroke(0.8f));
                        band.setSeriesVisibleInLegend(k, false);
                    }
                }
            }
            band.setAlpha(0.18f);
            ValueAxis y = log ? ChartStyle.logAxis(o.name()) : ChartStyle.valueAxis(o.name());
            XYPlot plot = new XYPlot(data, ChartStyle.valueAxis("Time"), y, errors);
            plot.setDataset(1, fitted);
            plot.setRenderer(1, lines);
            if (bandData.getSeriesCount() > 0) {
                plot.setDataset(2, bandData);
                plot.setRenderer(2, band);
            }
            out.add(new Figure("fit-" + (index++), "Data and fit: " + o.id(),
                    "Measurements of " + o.id() + " (points; bars ±1 noise σ at the best fit, on the "
                            + o.transformation().id() + " scale), the fitted model (lines)"
                            + (bandData.getSeriesCount() > 0 ? " and the 95 % posterior predictive band (shaded)" : "")
                            + ", one colour per condition.",
                    ChartStyle.chart(o.id(), plot, experiments.size() > 1)));
        }
        return out;
    }

    /** Standardised residuals (t(y) − t(h))/σ over time, one colour per observable. */
    static Figure residuals(FitResult r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        List<Measurement> ms = r.problem().measurements();
        Map<String, XYSeries> byObservable = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            double res = r.standardisedResidual(i);
            if (Double.isFinite(res) && Double.isFinite(m.time())) {
                byObservable.computeIfAbsent(m.observable(), XYSeries::new).add(m.time(), res);
            }
        }
        int k = 0;
        for (XYSeries s : byObservable.values()) {
            data.addSeries(s);
            points.setSeriesPaint(k, Palette.series(k));
            points.setSeriesShape(k, new Ellipse2D.Double(-3, -3, 6, 6));
            k++;
        }
        XYPlot plot = new XYPlot(data, ChartStyle.valueAxis("Time"), ChartStyle.valueAxis("Standardised residual"),
                points);
        for (double level : new double[] {-2, 2}) {
            plot.addRangeMarker(new ValueMarker(level, Palette.BLACK, DASH));
        }
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        return new Figure("fit-residuals", "Residuals",
                "(t(y) − t(h)) / σ of every measurement at the best fit, on each observable's comparison scale; dashed:"
                        + " ±2. Structure over time suggests a model misfit, a spread beyond ±2 a noise model too"
                        + " narrow.", ChartStyle.chart("Standardised residuals", plot, byObservable.size() > 1));
    }

    /** The waterfall: the starts' final objectives in ascending order, as a rise above the best + 1 on a log axis. */
    static Figure waterfall(FitResult r) {
        List<Double> values = new ArrayList<>();
        for (StartResult s : r.starts()) {
            if (s.ok()) {
                values.add(s.value());
            }
        }
        values.sort(Double::compare);
        double best = values.isEmpty() ? 0 : values.get(0);
        XYSeries s = new XYSeries("Starts", false, true);
        for (int i = 0; i < values.size(); i++) {
            s.add(i + 1, values.get(i) - best + 1);
        }
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(true, true);
        points.setSeriesPaint(0, Palette.BLUE);
        points.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        NumberAxis x = ChartStyle.valueAxis("Start (sorted by final objective)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, ChartStyle.logAxis("Objective − best + 1"), points);
        int atBest = r.startsAtBest(org.aftermath.fit.FitSummary.AT_BEST);
        return new Figure("fit-waterfall", "Waterfall",
                "Final objective of each of the " + r.starts().size() + " starts, sorted; " + atBest + " of them ("
                        + Math.round(100.0 * atBest / r.starts().size()) + " %) reached the best value within "
                        + org.aftermath.fit.FitSummary.AT_BEST + (values.size() < r.starts().size()
                        ? "; " + (r.starts().size() - values.size()) + " failed (not drawn)" : "") + ".",
                ChartStyle.chart("Multistart waterfall", plot, false));
    }

    /** One profile per parameter: objective rise over the parameter's scale, with the threshold. */
    static List<Figure> profiles(FitResult r, double threshold) {
        List<Figure> out = new ArrayList<>();
        List<ProblemParameter> estimated = r.problem().estimated();
        double best = r.bestStart().value();
        for (Profile.Pair pair : r.profiles()) {
            ProblemParameter p = estimated.get(pair.parameter());
            XYSeries s = new XYSeries(p.id(), true, true);
            for (double[] point : pair.points()) {
                s.add(point[0], point[1] - best);
            }
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, Palette.BLUE);
            line.setSeriesStroke(0, ChartStyle.LINE);
            line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            XYPlot plot = new XYPlot(new XYSeriesCollection(s), ChartStyle.valueAxis(p.id() + " (" + p.scale().id()
                    + " scale)"), ChartStyle.valueAxis("Objective − best"), line);
            plot.addRangeMarker(new ValueMarker(threshold, Palette.VERMILLION, DASH));
            plot.addDomainMarker(new ValueMarker(r.bestStart().x()[pair.parameter()], Color.GRAY, DASH));
            out.add(new Figure("fit-profile-" + pair.parameter(), "Profile likelihood: " + p.id(),
                    "The objective re-optimised over the other parameters with " + p.id() + " held fixed, minus the"
                            + " optimum; dashed red: the 95 % threshold (" + String.format("%.3f", threshold)
                            + "); grey: the estimate. Verdict: " + pair.verdict() + ".",
                    ChartStyle.chart("Profile of " + p.id(), plot, false)));
        }
        return out;
    }

    /** One posterior marginal per parameter: a histogram of the pooled chains on the parameter's scale. */
    static List<Figure> marginals(FitResult r) {
        List<Figure> out = new ArrayList<>();
        double[][] all = r.sample().all();
        List<ProblemParameter> estimated = r.problem().estimated();
        for (int k = 0; k < estimated.size(); k++) {
            ProblemParameter p = estimated.get(k);
            double[] v = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                v[i] = all[i][k];
            }
            HistogramDataset h = new HistogramDataset();
            h.addSeries(p.id(), v, 40);
            XYBarRenderer bars = new XYBarRenderer(0.05);
            bars.setSeriesPaint(0, Palette.SKY_BLUE);
            bars.setShadowVisible(false);
            bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            XYPlot plot = new XYPlot(h, ChartStyle.valueAxis(p.id() + " (" + p.scale().id() + " scale)"),
                    ChartStyle.valueAxis("Samples"), bars);
            plot.addDomainMarker(new ValueMarker(r.bestStart().x()[k], Palette.VERMILLION, DASH));
            out.add(new Figure("fit-marginal-" + k, "Posterior marginal: " + p.id(),
                    "Histogram of " + all.length + " samples of " + p.id() + " from " + r.sample().chains().size()
                            + " chains (split R̂ " + String.format("%.3f", r.sample().rhat()[k]) + ", ESS "
                            + Math.round(r.sample().ess()[k]) + "); dashed: the best fit.",
                    ChartStyle.chart("Posterior of " + p.id(), plot, false)));
        }
        return out;
    }
}
