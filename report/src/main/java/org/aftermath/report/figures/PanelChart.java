package org.aftermath.report.figures;

import java.util.Optional;
import org.aftermath.runner.Timeseries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A figure of one {@link ObservableCatalog.Group}: each observable a line over the output grid
 * (thinned like {@link TumourPoints} on long grids) with any exact off-grid values merged in,
 * transformed and scaled as its {@link PanelSpec} says. One series per observable that has at
 * least one drawable point, in distinct (colour, line pattern) pairs; a panel that
 * {@link PanelSpec#split() splits} draws each series in its own stacked panel on its own scale.
 */
public final class PanelChart {
    private PanelChart() { }

    /**
     * @param group   the panel and its observables
     * @param ts      the time course
     * @param days    the horizon, days
     * @param marks    the regimen, drawn behind the curves
     * @param exact    exact values off the grid by observable ({@link ExactPoints}), merged into the curves
     * @return the figure, or empty when no observable has a drawable point
     */
    public static Optional<Figure> of(ObservableCatalog.Group group, Timeseries ts, double days,
                                      DoseMarks marks,
                                      java.util.Map<String, java.util.List<double[]>> exact) {
        PanelSpec spec = group.spec();
        boolean log = spec.scale() == PanelSpec.Scale.LOG;
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < group.columns().size(); i++) {
            String column = group.columns().get(i);
            int col = ts.column(column);
            double baseline = 1;
            if (spec.transform() == PanelSpec.Transform.FOLD_CHANGE) {
                baseline = ts.rows().isEmpty() ? Double.NaN : ts.rows().get(0)[col];
                if (!(baseline > 0) || Double.isInfinite(baseline)) {
                    continue;
                }
            }
            java.util.List<double[]> points = new java.util.ArrayList<>();
            int stride = TumourPoints.stride(ts.rows().size());
            for (int r = 0; r < ts.rows().size(); r++) {
                if (r % stride == 0 || r == ts.rows().size() - 1) {
                    points.add(new double[] {ts.rows().get(r)[0], ts.rows().get(r)[col]});
                }
            }
            points.addAll(exact.getOrDefault(column, java.util.List.of()));
            points.sort(java.util.Comparator.comparingDouble(p -> p[0]));
            XYSeries series = new XYSeries(group.labels().get(i), false, true);
            for (double[] p : points) {
                double y = p[1] / baseline;
                if (Double.isFinite(y) && (!log || y > 0)) {
                    series.add(p[0], y);
                }
            }
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        boolean split = spec.split() && data.getSeriesCount() > 1;
        XYPlot plot;
        if (split) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.dayAxis(days));
            combined.setGap(12);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                XYSeriesCollection one = new XYSeriesCollection(data.getSeries(s));
                XYPlot sub = subplot(spec, one, unitLabel(data.getSeries(s).getKey().toString(), spec.axis()), log);
                ((XYLineAndShapeRenderer) sub.getRenderer()).setSeriesPaint(0, Palette.series(s));
                marks.addTo(sub);
                combined.add(sub, 1);
            }
            plot = combined;
        } else {
            plot = subplot(spec, data, spec.axis(), log);
            plot.setDomainAxis(ChartStyle.dayAxis(days));
            ChartStyle.distinctSeries((XYLineAndShapeRenderer) plot.getRenderer(), data.getSeriesCount());
            marks.addTo(plot);
        }
        boolean legend = marks.addLegend(plot, !split && data.getSeriesCount() > 1);
        JFreeChart chart = ChartStyle.chart(spec.title(), plot, legend);
        String caption = spec.caption() + (split ? " One panel per agent, each on its own scale." : "");
        return Optional.of(new Figure(spec.id(), spec.title(), caption, chart));
    }

    /** @return a plot of {@code data} on a y axis labelled {@code axis}, its time axis to be set by the caller */
    private static XYPlot subplot(PanelSpec spec, XYSeriesCollection data, String axis, boolean log) {
        double[] range = range(data);
        ValueAxis y;
        if (log && Math.log10(range[1] / range[0]) > 2) {
            y = ChartStyle.logAxis(axis);
            y.setAutoRange(true);
        } else if (log) {
            y = ChartStyle.binaryLogAxis(axis);
        } else {
            NumberAxis linear = ChartStyle.linearAxis(axis);
            linear.setTickUnit(new NumberTickUnit(ChartStyle.niceStep(Math.max(range[1], 0) - Math.min(range[0], 0), 6)));
            y = linear;
        }
        XYLineAndShapeRenderer r = ChartStyle.lines();
        r.setSeriesPaint(0, Palette.series(0));
        r.setSeriesStroke(0, ChartStyle.LINE);
        XYPlot plot = new XYPlot(data, null, y, r);
        Double reference = spec.transform() == PanelSpec.Transform.FOLD_CHANGE ? Double.valueOf(1) : spec.reference();
        if (reference != null) {
            plot.addRangeMarker(new ValueMarker(reference, ChartStyle.MARKER, ChartStyle.DOTTED), Layer.BACKGROUND);
        }
        ChartStyle.style(plot);
        return plot;
    }

    /**
     * @return the axis label of one series' own panel: its label with the unit of the figure's
     *         axis label ("doxorubicin (mg/L)" from "Plasma concentration (mg/L)")
     */
    static String unitLabel(String series, String axis) {
        int open = axis.lastIndexOf('(');
        return open >= 0 && axis.endsWith(")") ? series + " " + axis.substring(open) : series;
    }

    /** @return the smallest and largest y of all series */
    private static double[] range(XYSeriesCollection data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            lo = Math.min(lo, data.getSeries(s).getMinY());
            hi = Math.max(hi, data.getSeries(s).getMaxY());
        }
        return new double[] {lo, hi};
    }
}
