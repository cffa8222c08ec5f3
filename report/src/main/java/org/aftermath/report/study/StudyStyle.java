package org.aftermath.report.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.aftermath.report.figures.Headless;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look of the study figures, matching the run report's: white ground, light grid, sans-serif. */
final class StudyStyle {
    static {
        Headless.ensure();
    }

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color OUTLINE = new Color(0x999999);
    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private StudyStyle() { }

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

    static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }
}
