package org.aftermath.report.figures;

import java.util.List;
import org.aftermath.runner.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Several runs' tumour burdens overlaid on one log axis, one Okabe–Ito colour per run and a
 * legend naming each; every curve has its exact before/after points at doses
 * ({@link TumourPoints}).
 */
public final class CompareChart {
    /** Figure id and file stem. */
    public static final String ID = "compare-tumour-burden";

    private CompareChart() { }

    /** A run with the name shown in the legend. */
    public record Run(String label, RunResult result) { }

    /** @return the figure; one series per run */
    public static Figure of(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        double days = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Run run : runs) {
            XYSeries s = new XYSeries(run.label(), false, true);
            for (TumourPoints.Point p : TumourPoints.of(run.result())) {
                s.add(p.day(), p.cells());
                min = Math.min(min, p.cells());
                max = Math.max(max, p.cells());
            }
            data.addSeries(s);
            days = Math.max(days, run.result().scenario().days());
        }
        LogAxis y = ChartStyle.logAxis("Living cancer cells (cells)");
        y.setRange(Math.pow(10, Math.floor(Math.log10(min) - 0.3)), Math.pow(10, Math.ceil(Math.log10(max) + 0.2)));
        XYLineAndShapeRenderer r = ChartStyle.lines();
        for (int i = 0; i < runs.size(); i++) {
            r.setSeriesPaint(i, Palette.series(i));
            r.setSeriesStroke(i, ChartStyle.lineStroke(i));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.dayAxis(days), y, r);
        // the reference (first, solid) at the bottom: an arm that coincides with it shows as dashes on top
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        JFreeChart chart = ChartStyle.chart("Tumour burden", plot, true);
        return new Figure(ID, "Tumour burden, all scenarios",
                "Living cancer cells of each scenario on one log scale; each dose shows as a drop drawn from"
                        + " the exact burdens just before and after it. Colours and line styles differ per"
                        + " scenario (colour-blind safe); later scenarios are drawn over earlier ones, so an arm that"
                        + " coincides with the first shows as its dashes on the first's solid line.", chart);
    }
}
