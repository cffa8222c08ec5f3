package org.aftermath.report.cohort;

import java.awt.Color;
import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The cohort's tumour burden over time on a log axis: the median patient's burden on each grid day as a line, and
 * the band between the 5 % and 95 % quantiles shaded. The quantiles are taken day by day, so the line is not one
 * patient's trajectory. Burdens below {@value #FLOOR} cells are drawn at that floor (a log axis has no zero).
 */
public final class BandChart {

    /** Figure id and file stem. */
    public static final String ID = "burden-bands";
    /** Smallest burden drawn, cells. */
    public static final double FLOOR = 1e-3;

    private BandChart() {
    }

    /** @return the figure of {@code summary}'s bands over {@code days} */
    public static Figure of(CohortSummary summary, double days) {
        CohortSummary.Bands b = summary.burden();
        YIntervalSeries series = new YIntervalSeries("Median (line) and 5–95 % of patients (band)", false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < b.days().length; k++) {
            double lo = Math.max(FLOOR, b.p05()[k]);
            double hi = Math.max(FLOOR, b.p95()[k]);
            series.add(b.days()[k], Math.max(FLOOR, b.median()[k]), lo, hi);
            min = Math.min(min, lo);
            max = Math.max(max, hi);
        }
        LogAxis axis = ChartStyle.logAxis("Living cancer cells (cells)");
        axis.setRange(Math.pow(10, Math.floor(Math.log10(min) - 0.3)), Math.pow(10, Math.ceil(Math.log10(max) + 0.2)));
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, Palette.BLUE);
        r.setSeriesFillPaint(0, new Color(0x56B4E9));
        r.setAlpha(0.35f);
        r.setSeriesStroke(0, ChartStyle.LINE);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        XYPlot plot = new XYPlot(data, ChartStyle.autoDayAxis(days), axis, r);
        String caption = "Living cancer cells of " + summary.patients() + " virtual patients on a log scale: on each"
                + " grid day the median (line) and the 5 % to 95 % quantiles (band) over the patients, computed"
                + " exactly (Hyndman–Fan type 7). The band is drawn day by day; no single patient follows the"
                + " line. Burdens below " + NumberText.of(FLOOR) + " cells are drawn at that level.";
        return new Figure(ID, "Tumour burden across the cohort",
                caption, ChartStyle.chart("Tumour burden — " + summary.scenario(), plot, true));
    }
}
