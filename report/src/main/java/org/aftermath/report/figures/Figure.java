package org.aftermath.report.figures;

import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * One figure of a report.
 *
 * @param id      file stem and HTML id, {@code [a-z0-9-]+} (e.g. {@code tumour-burden})
 * @param title   heading shown above the figure
 * @param caption one or two sentences saying what is drawn and how to read it
 * @param chart   the chart (an XY plot)
 */
public record Figure(String id, String title, String caption, JFreeChart chart) {
    public Figure {
        Objects.requireNonNull(chart, "chart");
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("figure id must match [a-z0-9-]+, got '" + id + "'");
        }
    }

    /** @return the number of series over all the plot's datasets (and subplots') */
    public int seriesCount() {
        XYPlot plot = chart.getXYPlot();
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            return combined.getSubplots().stream().mapToInt(Figure::seriesCount).sum();
        }
        return seriesCount(plot);
    }

    private static int seriesCount(XYPlot plot) {
        int n = 0;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (plot.getDataset(i) != null) {
                n += plot.getDataset(i).getSeriesCount();
            }
        }
        return n;
    }
}
