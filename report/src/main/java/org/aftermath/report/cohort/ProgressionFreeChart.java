package org.aftermath.report.cohort;

import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The fraction of the cohort whose disease has not progressed, by day, as a step curve (Kaplan–Meier style). */
public final class ProgressionFreeChart {

    /** Figure id and file stem. */
    public static final String ID = "progression-free";

    private ProgressionFreeChart() {
    }

    /** @return the figure of {@code summary}'s progression-free fractions over {@code days} */
    public static Figure of(CohortSummary summary, double days) {
        CohortSummary.ProgressionFree pf = summary.progressionFree();
        XYSeries series = new XYSeries("Progression-free fraction", false, true);
        for (int k = 0; k < pf.days().length; k++) {
            series.add(pf.days()[k], pf.fraction()[k]);
        }
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, Palette.VERMILLION);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setDefaultShapesVisible(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), ChartStyle.autoDayAxis(days),
                fractionAxis("Fraction progression-free"), r);
        String caption = "Fraction of the " + summary.patients() + " virtual patients without progression by each"
                + " grid day (progression as the run's endpoints define it; progression on a day counts from that"
                + " day). Every patient is followed to the horizon, so there is no censoring.";
        return new Figure(ID, "Progression-free fraction",
                caption, ChartStyle.chart("Progression-free — " + summary.scenario(), plot, true));
    }

    /** @return an axis from 0 to 1 (a little headroom), ticks every 0.2 */
    private static NumberAxis fractionAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        ChartStyle.style(axis);
        axis.setRange(0, 1.02);
        axis.setTickUnit(new NumberTickUnit(0.2));
        return axis;
    }
}
