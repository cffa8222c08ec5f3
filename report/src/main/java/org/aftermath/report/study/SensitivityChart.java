package org.aftermath.report.study;

import java.util.List;
import org.aftermath.cohort.sensitivity.MorrisEffect;
import org.aftermath.cohort.sensitivity.SobolIndex;
import org.aftermath.cohort.sensitivity.SobolIndices;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Horizontal bar charts of sensitivity measures, one row of two bars per input (its name at the
 * left, read across, so long input paths take width instead of squashing the plot), first input at the top: Sobol first-order and total
 * indices with their bootstrap confidence intervals as whiskers, or Morris mu* and sigma.
 */
public final class SensitivityChart {
    /** Figure id and file stem. */
    public static final String ID = "sensitivity";
    private static final double HALF_BAR = 0.17;
    private static final double OFFSET = 0.18;

    private SensitivityChart() { }

    /**
     * @param si      the indices
     * @param outcome the outcome analysed, as a label
     * @return the figure
     */
    public static Figure sobol(SobolIndices si, String outcome) {
        XYIntervalSeries first = new XYIntervalSeries("First order");
        XYIntervalSeries total = new XYIntervalSeries("Total");
        List<SobolIndex> indices = si.indices();
        for (int i = 0; i < indices.size(); i++) {
            SobolIndex s = indices.get(i);
            add(first, i - OFFSET, s.firstOrder().value(), s.firstOrder().lower(), s.firstOrder().upper());
            add(total, i + OFFSET, s.total().value(), s.total().lower(), s.total().upper());
        }
        XYPlot plot = plot(first, total, indices.stream().map(SobolIndex::name).toList(), "Sobol index", true);
        plot.addRangeMarker(new ValueMarker(0.0, java.awt.Color.GRAY, ChartStyle.LINE));
        return new Figure(ID, "Sobol indices of " + outcome,
                "Share of the outcome's variance due to each input alone (first order) and with all its interactions"
                        + " (total), with " + Math.round(100 * si.confidenceLevel()) + "% bootstrap intervals ("
                        + si.replicates() + " replicates); N = " + si.baseSize() + ", " + si.runs() + " runs.",
                ChartStyle.chart("Sobol indices", plot, true));
    }

    /**
     * @param effects the screening measures, in input order
     * @param outcome the outcome analysed, as a label
     * @param runs    model runs used
     * @return the figure
     */
    public static Figure morris(List<MorrisEffect> effects, String outcome, int runs) {
        XYIntervalSeries muStar = new XYIntervalSeries("μ* (mean |elementary effect|)");
        XYIntervalSeries sigma = new XYIntervalSeries("σ (non-linearity, interactions)");
        for (int i = 0; i < effects.size(); i++) {
            MorrisEffect e = effects.get(i);
            add(muStar, i - OFFSET, e.muStar(), e.muStar(), e.muStar());
            add(sigma, i + OFFSET, e.sigma(), e.sigma(), e.sigma());
        }
        XYPlot plot = plot(muStar, sigma, effects.stream().map(MorrisEffect::name).toList(),
                "Elementary effect (" + outcome + " per unit probability)", false);
        return new Figure(ID, "Morris screening of " + outcome,
                "Mean absolute elementary effect μ* ranks the inputs; σ measures how much the effect changes across"
                        + " the input space (non-linearity or interaction). Effects are per unit of each input's"
                        + " probability scale, so inputs with different units compare; " + runs + " runs.",
                ChartStyle.chart("Morris screening", plot, true));
    }

    private static void add(XYIntervalSeries s, double x, double y, double lo, double hi) {
        s.add(x, x - HALF_BAR, x + HALF_BAR, y, lo, hi);
    }

    private static XYPlot plot(XYIntervalSeries a, XYIntervalSeries b, List<String> names, String label,
                               boolean whiskers) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.BLUE);
        bars.setSeriesPaint(1, Palette.ORANGE);
        bars.setDrawBarOutline(false);
        SymbolAxis x = new SymbolAxis(null, names.toArray(String[]::new));
        ChartStyle.style(x);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, names.size() - 0.4);
        x.setInverted(true);
        NumberAxis y = ChartStyle.valueAxis(label);
        double lo = 0.0;
        double hi = 0.0;
        for (XYIntervalSeries s : List.of(a, b)) {
            for (int i = 0; i < s.getItemCount(); i++) {
                lo = Math.min(lo, s.getYLowValue(i));
                hi = Math.max(hi, s.getYHighValue(i));
            }
        }
        double pad = 0.05 * Math.max(hi - lo, 1e-12);
        y.setRange(lo < 0 ? lo - pad : 0.0, hi + pad);
        XYPlot plot = new XYPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setFixedLegendItems(bars.getLegendItems());
        if (whiskers) {
            XYErrorRenderer err = new XYErrorRenderer();
            err.setDrawXError(false);
            err.setDefaultLinesVisible(false);
            err.setDefaultShapesVisible(false);
            err.setErrorPaint(java.awt.Color.BLACK);
            err.setErrorStroke(new java.awt.BasicStroke(1.4f));
            err.setCapLength(8);
            plot.setDataset(1, data);
            plot.setRenderer(1, err);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        return plot;
    }
}
