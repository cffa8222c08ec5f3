package org.aftermath.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every figure (run, compare, cohort and study reports): white background,
 * light grid, readable sans-serif fonts.
 */
public final class ChartStyle {
    static {
        Headless.ensure();
    }

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Color GRID = new Color(0xDDDDDD);
    static final Color MARKER = new Color(0x999999);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
    public static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    static final Stroke DOTTED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);

    private ChartStyle() { }

    /** @return a titled chart around {@code plot}, legend below when {@code legend} */
    public static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        style(plot);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** @return the time axis, days from 0 to {@code days}, ticks on treatment-week multiples from 14 to 420 days */
    public static NumberAxis dayAxis(double days) {
        NumberAxis axis = autoDayAxis(days);
        // ticks on treatment-week multiples: weekly up to 10 weeks, three-weekly (a common cycle) to 30
        if (days >= 14 && days <= 70) {
            axis.setTickUnit(new NumberTickUnit(7, new DecimalFormat("0")));
        } else if (days > 70 && days <= 210) {
            axis.setTickUnit(new NumberTickUnit(21, new DecimalFormat("0")));
        } else if (days > 210 && days <= 420) {
            axis.setTickUnit(new NumberTickUnit(42, new DecimalFormat("0")));
        }
        return axis;
    }

    /** @return the time axis, days from 0 to {@code days}, with JFreeChart's automatic ticks */
    public static NumberAxis autoDayAxis(double days) {
        NumberAxis axis = new NumberAxis("Time (days)");
        style(axis);
        axis.setRange(-0.012 * days, days * 1.012);
        return axis;
    }

    /** @return a base-10 logarithmic axis labelled {@code label}, ticks at whole decades */
    public static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        style(axis);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /**
     * @return a "nice" tick spacing (1, 2, 2.5 or 5 × 10ⁿ) giving at most about {@code ticks}
     *         intervals over {@code span}
     */
    static double niceStep(double span, int ticks) {
        if (!(span > 0) || Double.isInfinite(span)) {
            return 1;
        }
        double raw = span / ticks;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * decade >= raw * (1 - 1e-12)) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * @return a logarithmic axis for a range of at most two decades, with ticks at the powers of
     *         two (… 0.5, 1, 2, 4, 8 …) labelled as plain numbers
     */
    static LogAxis binaryLogAxis(String label) {
        LogAxis axis = new LogAxis(label);
        style(axis);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setTickUnit(new NumberTickUnit(Math.log10(2)));
        axis.setNumberFormatOverride(new DecimalFormat("0.###"));
        return axis;
    }

    /** @return a linear axis labelled {@code label} */
    static NumberAxis linearAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** @return a linear axis labelled {@code label} whose automatic range need not include zero */
    public static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Gives {@code plot} the figures' white background, light grid and grey outline. */
    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(MARKER);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Gives {@code axis} the figures' label and tick fonts, in black. */
    public static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }

    /**
     * @return a line renderer without point shapes that draws each series as one path, so a dash
     *         pattern runs along the whole curve instead of restarting at every data point
     */
    static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(new java.awt.geom.Line2D.Double(-14, 0, 14, 0));
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(LINE);
        return r;
    }

    /** @return a vertical marker at day {@code day}, labelled at the top when {@code label} is not null */
    static ValueMarker dayMarker(double day, String label, Stroke stroke, Color colour) {
        ValueMarker m = new ValueMarker(day, colour, stroke);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(NOTE);
            m.setLabelPaint(colour.darker());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            m.setLabelBackgroundColor(LABEL_BACKGROUND);
        }
        return m;
    }

    /** Dash patterns of data lines after the solid one: dashed, dotted, dash-dot. */
    private static final float[][] DASHES = {{9f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}};

    /**
     * @param k pattern number, 0 for solid
     * @return a data line's stroke (width of {@link #LINE}) with dash pattern {@code k}, cycling
     *         after {@link #lineStrokes()} patterns; meant for renderers that draw each series as one path
     *         ({@link #lines()}) so the pattern runs along the whole curve
     */
    public static Stroke lineStroke(int k) {
        int p = Math.floorMod(k, DASHES.length + 1);
        return p == 0 ? LINE : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES[p - 1], 0f);
    }

    /**
     * Gives {@code n} series distinct (colour, line pattern) pairs: the first seven take the seven
     * darker Okabe–Ito colours solid, the next seven the same colours dashed, then dotted, then
     * dash-dotted (28 pairs; yellow, faint on white, is not used).
     */
    static void distinctSeries(XYLineAndShapeRenderer r, int n) {
        int colours = Palette.size() - 1;
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, Palette.series(i % colours));
            r.setSeriesStroke(i, lineStroke(i / colours));
        }
    }

    /** @return the number of distinct line patterns, solid included */
    public static int lineStrokes() {
        return DASHES.length + 1;
    }

    /** @return a horizontal marker at {@code value} with a label at its right end */
    static ValueMarker levelMarker(double value, String label, Color colour) {
        ValueMarker m = new ValueMarker(value, colour, DOTTED);
        m.setLabel(label);
        m.setLabelFont(NOTE);
        m.setLabelPaint(colour.darker());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }
}
