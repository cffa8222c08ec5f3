package org.aftermath.report.study;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.aftermath.optimize.ScheduleEvaluation;
import org.aftermath.optimize.OptimizationResult;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The convergence of a schedule search: each feasible evaluation's objective as a point, the best
 * so far as a step line, and the scenario's own schedule as a dashed level. Infeasible
 * candidates (not simulated) are counted on the axis but not drawn.
 */
public final class ConvergenceChart {
    /** Figure id and file stem. */
    public static final String ID = "optimize-convergence";
    /** The scenario's own schedule: a dashed level, a little heavier than the run figures' dashes. */
    private static final BasicStroke OWN_LEVEL = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private ConvergenceChart() { }

    /**
     * @param r     the search
     * @param label the objective as an axis label, with its unit
     * @return the figure
     */
    public static Figure of(OptimizationResult r, String label) {
        XYSeries evaluated = new XYSeries("Evaluated schedules (feasible)", false, true);
        XYSeries best = new XYSeries("Best so far", false, true);
        double[] bestSoFar = r.bestSoFar();
        for (ScheduleEvaluation e : r.evaluations()) {
            if (e.feasible()) {
                evaluated.add(e.index(), e.objective());
            }
            double b = bestSoFar[e.index() - 1];
            if (!Double.isNaN(b)) {
                best.add(e.index(), b);
            }
        }
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        points.setSeriesPaint(0, Palette.SKY_BLUE);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, Palette.BLUE);
        steps.setSeriesStroke(0, ChartStyle.LINE);
        NumberAxis x = ChartStyle.valueAxis("Evaluation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0, Math.max(1, r.evaluations().size()) + 0.5);
        XYPlot plot = new XYPlot(new XYSeriesCollection(evaluated), x, ChartStyle.valueAxis(label), points);
        plot.setDataset(1, new XYSeriesCollection(best));
        plot.setRenderer(1, steps);
        ValueMarker own = new ValueMarker(r.ownObjective(), Palette.VERMILLION, OWN_LEVEL);
        own.setLabel("scenario's own schedule");
        own.setLabelFont(ChartStyle.TICK);
        own.setLabelPaint(Palette.VERMILLION.darker());
        own.setLabelBackgroundColor(java.awt.Color.WHITE);
        own.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        own.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(own);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        boolean any = evaluated.getItemCount() > 0;
        double lo = Math.min(r.ownObjective(), any ? evaluated.getMinY() : r.ownObjective());
        double hi = Math.max(r.ownObjective(), any ? evaluated.getMaxY() : r.ownObjective());
        double pad = Math.max(1e-6, 0.06 * (hi - lo));
        plot.getRangeAxis().setRange(lo - pad, hi + pad);
        return new Figure(ID, "Search convergence",
                "Objective of each simulated schedule in the order evaluated (points), the best found so far (steps)"
                        + " and the scenario's own schedule (dashed). Schedules outside the constraints are not"
                        + " simulated and not drawn.",
                ChartStyle.chart("Schedule search", plot, true));
    }
}
