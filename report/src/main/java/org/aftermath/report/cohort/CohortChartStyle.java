package org.aftermath.report.cohort;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The cohort figures' look, matching the run report's figures: white, light grid, the same fonts and strokes. */
final class CohortChartStyle {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color OUTLINE = new Color(0x999999);
    static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private CohortChartStyle() {
    }

    static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(OUTLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle l = chart.getLegend();
        l.setItemFont(LEGEND);
        l.setPosition(RectangleEdge.BOTTOM);
        l.setFrame(BlockBorder.NONE);
        return chart;
    }

    static NumberAxis dayAxis(double days) {
        NumberAxis axis = new NumberAxis("Time (days)");
        style(axis);
        axis.setRange(-0.012 * days, days * 1.012);
        return axis;
    }

    static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        style(axis);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    static NumberAxis fractionAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setRange(0, 1.02);
        axis.setTickUnit(new NumberTickUnit(0.2));
        return axis;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }
}
