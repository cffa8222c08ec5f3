package org.aftermath.report.figures;

import java.awt.Color;
import java.util.List;
import org.aftermath.report.NumberText;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.RunSummary;
import org.aftermath.runner.Timeseries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The tumour burden of one run on a log axis: living cancer cells through every dose (exact
 * before/after points, {@link TumourPoints}), the regimen behind it ({@link DoseMarks}), the nadir pointed out,
 * the initial burden as a dotted line and the regrowth day (first return above it) as a dashed
 * line. When the model reports {@value #VOLUME} the right axis gives the volume: a second scale
 * for the same curve when volume is proportional to the cell count (relative spread below 1e-9),
 * otherwise a dashed volume curve of its own.
 */
public final class TumourChart {
    /** Figure id and file stem. */
    public static final String ID = "tumour-burden";
    /** Observable with the tumour volume in cm³, drawn on the right axis when present. */
    public static final String VOLUME = "tumor_volume_cm3";

    /** Colour of the control arm's curve. */
    static final Color CONTROL = new Color(0x666666);

    private TumourChart() { }

    /** @return the figure for {@code result} */
    public static Figure of(RunResult result) {
        return of(result, null, null);
    }

    /**
     * @param control      the control run drawn beside it (dashed grey), or null
     * @param controlLabel its legend text, e.g. "control: without sulfasalazine"
     * @return the figure for {@code result}
     */
    public static Figure of(RunResult result, RunResult control, String controlLabel) {
        RunSummary s = result.summary();
        List<TumourPoints.Point> points = TumourPoints.of(result);
        XYSeries cells = new XYSeries(control == null ? "Living cancer cells" : s.scenario(), false, true);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (TumourPoints.Point p : points) {
            cells.add(p.day(), p.cells());
            min = Math.min(min, p.cells());
            max = Math.max(max, p.cells());
        }
        XYSeries controlCells = new XYSeries(controlLabel == null ? "control" : controlLabel, false, true);
        if (control != null) {
            for (TumourPoints.Point p : TumourPoints.of(control)) {
                controlCells.add(p.day(), p.cells());
                min = Math.min(min, p.cells());
                max = Math.max(max, p.cells());
            }
        }
        LogAxis left = ChartStyle.logAxis("Living cancer cells (cells)");
        // room below the nadir for its label: at least half a decade, more on tall ranges
        double decades = Math.log10(max / min);
        double lower = Math.pow(10, Math.floor(Math.log10(min) - Math.max(0.5, 0.2 * decades)));
        double upper = Math.pow(10, Math.ceil(Math.log10(max) + 0.2));
        left.setRange(lower, upper);
        XYLineAndShapeRenderer r = ChartStyle.lines();
        r.setSeriesPaint(0, Palette.BLUE);
        r.setSeriesStroke(0, ChartStyle.LINE);
        XYSeriesCollection data = new XYSeriesCollection(cells);
        if (control != null) {
            data.addSeries(controlCells);
            r.setSeriesPaint(1, CONTROL);
            r.setSeriesStroke(1, ChartStyle.lineStroke(1));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.dayAxis(result.scenario().days()), left, r);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        boolean volumeCurve = addVolume(plot, result.timeseries(), lower, upper);
        DoseMarks marks = DoseMarks.of(result.scenario().doses(), result.scenario().days());
        marks.addTo(plot);
        markOutcomes(plot, s, result.scenario().days(), lower);
        JFreeChart chart = ChartStyle.chart("Tumour burden — " + s.scenario(), plot, marks.addLegend(plot, volumeCurve || control != null));
        String caption = "Living cancer cells on a log scale. Each dose shows as a drop"
                + " drawn from the exact burdens just before and just after it; between doses the curve"
                + " follows the output grid. " + marks.caption() + " Dotted: initial burden; dashed: first regrowth above it."
                + (control == null ? "" : " Dashed grey curve: the control arm, " + controlLabel.replaceFirst("^control: ", "")
                        + " (the same scenario and options), drawn over the run: where the arms coincide its dashes lie on the"
                        + " run's line.")
                + (plot.getRangeAxisCount() > 1 && plot.getRangeAxis(1) != null
                ? (volumeCurve ? " Dashed curve, right axis: tumour volume."
                        : " Right axis: the same burden as tumour volume.") : "");
        return new Figure(ID, "Tumour burden", caption, chart);
    }

    private static boolean addVolume(XYPlot plot, Timeseries ts, double lower, double upper) {
        int v = ts.column(VOLUME);
        int c = ts.column(org.aftermath.runner.ScenarioRunner.TUMOR_CELLS);
        if (v < 0) {
            return false;
        }
        double ratioMin = Double.POSITIVE_INFINITY;
        double ratioMax = 0;
        XYSeries volume = new XYSeries("Tumour volume (right axis)", false, true);
        for (double[] row : ts.rows()) {
            if (row[v] > 0 && row[c] > 0) {
                double ratio = row[v] / row[c];
                ratioMin = Math.min(ratioMin, ratio);
                ratioMax = Math.max(ratioMax, ratio);
                volume.add(row[0], row[v]);
            }
        }
        if (volume.getItemCount() == 0) {
            return false;
        }
        LogAxis right = ChartStyle.logAxis("Tumour volume (cm³)");
        plot.setRangeAxis(1, right);
        if ((ratioMax - ratioMin) <= 1e-9 * ratioMax) {
            right.setRange(lower * ratioMin, upper * ratioMin);
            return false;
        }
        plot.setDataset(1, new XYSeriesCollection(volume));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r = ChartStyle.lines();
        r.setSeriesPaint(0, Palette.VERMILLION);
        r.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setRenderer(1, r);
        return true;
    }

    private static void markOutcomes(XYPlot plot, RunSummary s, double days, double lower) {
        plot.addRangeMarker(ChartStyle.levelMarker(s.initialTumorCells(), "initial burden", Color.DARK_GRAY),
                Layer.BACKGROUND);
        if (s.regrowthDay() != null) {
            org.jfree.chart.plot.ValueMarker regrowth = ChartStyle.dayMarker(s.regrowthDay(),
                    "regrowth, day " + NumberText.of(s.regrowthDay()), ChartStyle.DASHED, Palette.VERMILLION);
            if (s.regrowthDay() > 0.7 * days) {
                // late regrowth: the label goes left of the line, or the plot's edge would cut it
                regrowth.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                regrowth.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            plot.addDomainMarker(regrowth, Layer.FOREGROUND);
        }
        if (s.nadirTumorCells() > 0) {
            boolean rightHalf = s.nadirDay() > days / 2;
            XYPointerAnnotation nadir = new XYPointerAnnotation("nadir " + NumberText.of(s.nadirTumorCells())
                    + " cells, day " + NumberText.of(s.nadirDay()), s.nadirDay(), s.nadirTumorCells(),
                    rightHalf ? 3 * Math.PI / 4 : Math.PI / 4);
            nadir.setFont(ChartStyle.NOTE);
            nadir.setArrowPaint(Color.BLACK);
            nadir.setTextAnchor(rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            nadir.setTipRadius(4);
            nadir.setBaseRadius(34);
            plot.addAnnotation(nadir);
        }
        if (lower < 1 && s.nadirTumorCells() < 10) {
            plot.addRangeMarker(ChartStyle.levelMarker(1, "1 cell", Palette.BLUISH_GREEN), Layer.BACKGROUND);
        }
    }
}
