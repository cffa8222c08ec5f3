package org.aftermath.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aftermath.report.NumberText;
import org.aftermath.tmen.regimen.Dose;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * How the time-course figures show the regimen behind the curves. A treatment whose doses are at
 * least {@value #LINE_SPACING_DAYS} days apart has one thin vertical line per dose; a denser
 * schedule (a daily modulator, daily radiotherapy fractions) has one light band per dosing window
 * instead — a run of doses with no gap longer than 1.5 dosing intervals, drawn from its first dose
 * to one interval after its last (the exposure that run covers). Cytotoxic doses (kill fractions,
 * cytotoxic agents, radiation) are dark grey, solid for the first cytotoxic treatment and dashed for
 * others; modulators take a light colour each (lines dashed and half-transparent). Every treatment
 * marked has a legend item.
 *
 * @param treatments the treatments marked, in the regimen's order
 */
public record DoseMarks(List<Treatment> treatments) {
    /** Doses at least this many days apart are drawn as lines, denser ones as windows. */
    public static final double LINE_SPACING_DAYS = 3;

    /** Line of a cytotoxic dose. */
    static final Color CYTOTOXIC = new Color(0x555555);
    /** Band of a cytotoxic treatment's dense window. */
    static final Color CYTOTOXIC_BAND = new Color(0x55, 0x55, 0x55, 40);
    /** Bands (and lines) of modulators, in treatment order: light Okabe–Ito tints. */
    private static final List<Color> MODULATOR = List.of(new Color(0x56, 0xB4, 0xE9, 56),
            new Color(0xE6, 0x9F, 0x00, 56), new Color(0x00, 0x9E, 0x73, 48), new Color(0xCC, 0x79, 0xA7, 48));
    private static final float[][] DASHES = {{5f, 3f}, {1.5f, 2.5f}, {8f, 3f, 1.5f, 3f}};

    /**
     * One treatment's marks.
     *
     * @param name      treatment name
     * @param cytotoxic true if its doses act on the cancer cells directly
     * @param days      its dose days, ascending
     * @param interval  its dosing interval, days (the smallest gap between doses; 0 for a single dose)
     * @param windows   [start, end] day pairs of its dosing windows; empty when drawn as lines
     * @param colour    colour of its marks
     * @param stroke    stroke of its lines
     */
    public record Treatment(String name, boolean cytotoxic, List<Double> days, double interval,
                            List<double[]> windows, Color colour, Stroke stroke) {
        /** @return true when each dose is a line, false when the treatment is drawn as windows */
        public boolean lines() {
            return windows.isEmpty();
        }

        /** @return the legend text, e.g. "doxorubicin dose" or "sulfasalazine, daily" */
        String legend() {
            if (lines()) {
                return name + (cytotoxic ? " dose" : " dose (modulator)");
            }
            String every = interval == 1 ? "daily" : "every " + NumberText.of(interval) + " days";
            return name + ", " + every + (cytotoxic ? "" : " (modulator)");
        }
    }

    /**
     * @param doses   the doses given, any order
     * @param horizon the last day, where windows end at the latest
     * @return the marks, one treatment per treatment name in order of first dose
     */
    public static DoseMarks of(List<Dose> doses, double horizon) {
        Map<String, List<Dose>> byName = new LinkedHashMap<>();
        doses.stream().sorted(java.util.Comparator.comparingDouble(Dose::day))
                .forEach(d -> byName.computeIfAbsent(d.treatment(), k -> new ArrayList<>()).add(d));
        List<Treatment> out = new ArrayList<>();
        int cytotoxicCount = 0;
        int modulatorCount = 0;
        for (Map.Entry<String, List<Dose>> e : byName.entrySet()) {
            boolean cytotoxic = e.getValue().get(0).cytotoxic();
            List<Double> days = new ArrayList<>(new TreeSet<>(e.getValue().stream().map(Dose::day).toList()));
            double interval = interval(days);
            List<double[]> windows = interval > 0 && interval < LINE_SPACING_DAYS ? windows(days, interval, horizon) : List.of();
            Color colour = cytotoxic ? (windows.isEmpty() ? CYTOTOXIC : CYTOTOXIC_BAND)
                    : MODULATOR.get(modulatorCount % MODULATOR.size());
            int k = cytotoxic ? cytotoxicCount++ : modulatorCount++;
            // modulators' dose lines are dashed and half-transparent, never a data curve's solid colour
            Stroke stroke = cytotoxic && k == 0 ? new BasicStroke(1.1f)
                    : new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            DASHES[(cytotoxic ? k - 1 : k) % DASHES.length], 0f);
            out.add(new Treatment(e.getKey(), cytotoxic, List.copyOf(days), interval, windows,
                    windows.isEmpty() && !cytotoxic ? line(colour) : colour, stroke));
        }
        return new DoseMarks(List.copyOf(out));
    }

    /** @return the smallest positive gap between successive days, or 0 for fewer than two */
    static double interval(List<Double> days) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < days.size(); i++) {
            min = Math.min(min, days.get(i) - days.get(i - 1));
        }
        return Double.isFinite(min) ? min : 0;
    }

    /** @return runs of doses without a gap above 1.5 intervals, each to one interval after its last dose */
    static List<double[]> windows(List<Double> days, double interval, double horizon) {
        List<double[]> windows = new ArrayList<>();
        double start = days.get(0);
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || days.get(i) - days.get(i - 1) > 1.5 * interval) {
                windows.add(new double[] {start, Math.min(horizon, days.get(i - 1) + interval)});
                if (i < days.size()) {
                    start = days.get(i);
                }
            }
        }
        return windows;
    }

    /** Draws the marks behind the data of {@code plot}. */
    public void addTo(XYPlot plot) {
        for (Treatment t : treatments) {
            if (t.lines()) {
                for (double d : t.days()) {
                    plot.addDomainMarker(new ValueMarker(d, t.colour(), t.stroke()), Layer.BACKGROUND);
                }
            } else {
                for (double[] w : t.windows()) {
                    IntervalMarker band = new IntervalMarker(w[0], w[1], t.colour());
                    band.setOutlinePaint(null);
                    plot.addDomainMarker(band, Layer.BACKGROUND);
                }
            }
        }
    }

    /** @return a legend item per treatment: a line for dose lines, a box for windows */
    public List<LegendItem> legendItems() {
        List<LegendItem> items = new ArrayList<>();
        for (Treatment t : treatments) {
            LegendItem item;
            if (t.lines()) {
                item = new LegendItem(t.legend(), null, null, null, false, new Rectangle(0, 0, 1, 1), false,
                        t.colour(), false, t.colour(), t.stroke(), true, new Line2D.Double(-7, 0, 7, 0),
                        t.stroke(), t.colour());
            } else {
                item = new LegendItem(t.legend(), null, null, null, new Rectangle(-7, -5, 14, 10), t.colour());
            }
            item.setLabelFont(ChartStyle.LEGEND);
            items.add(item);
        }
        return items;
    }

    /**
     * Shows the plot's own series in the legend followed by the marks' items.
     *
     * @return true when the legend has any item
     */
    public boolean addLegend(XYPlot plot, boolean seriesInLegend) {
        LegendItemCollection all = new LegendItemCollection();
        if (seriesInLegend) {
            for (int i = 0; i < plot.getRendererCount(); i++) {
                if (plot.getRenderer(i) != null) {
                    all.addAll(plot.getRenderer(i).getLegendItems());
                }
            }
        }
        legendItems().forEach(all::add);
        plot.setFixedLegendItems(all);
        return all.getItemCount() > 0;
    }

    /** @return a sentence for a caption saying how the marks read, or "" when there are none */
    public String caption() {
        if (treatments.isEmpty()) {
            return "";
        }
        boolean lines = treatments.stream().anyMatch(Treatment::lines);
        boolean windows = treatments.stream().anyMatch(t -> !t.lines());
        return (lines ? "Vertical lines: doses (dark grey: cytotoxic)" : "")
                + (lines && windows ? "; shaded" : windows ? "Shaded" : "")
                + (windows ? " bands: windows of doses given every few days or more often, from the first dose to one"
                        + " dosing interval after the last (coloured: modulators)" : "")
                + ".";
    }

    /** @return the tint {@code c} strong enough for a thin line, still see-through */
    private static Color line(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 150);
    }
}
