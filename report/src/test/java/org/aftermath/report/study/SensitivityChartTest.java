package org.aftermath.report.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.aftermath.cohort.sensitivity.Estimate;
import org.aftermath.cohort.sensitivity.MorrisEffect;
import org.aftermath.cohort.sensitivity.SobolIndex;
import org.aftermath.cohort.sensitivity.SobolIndices;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "What a researcher sees": with the input paths as vertical tick labels under vertical
 * bars, the labels took most of the height and squashed the bars. The bars now run across, the
 * labels at their left.
 */
class SensitivityChartTest {
    /** The inputs of examples/sensitivity-figure-3c.yaml: long scenario paths. */
    private static final List<String> NAMES = List.of("tumor.growth.doubling_days", "stroma.fibroblast",
            "parameters.ddsp_strength_fib", "parameters.doxorubicin_ec50");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void sobolBarsKeepMostOfTheFigureAlongTheirValueAxis() {
        List<SobolIndex> indices = NAMES.stream().map(n -> new SobolIndex(n, new Estimate(0.3, 0.1, 0.5),
                new Estimate(0.4, 0.2, 0.6))).toList();
        Figure f = SensitivityChart.sobol(new SobolIndices(indices, 64, 384, 1.0, 200, 0.95), "log10 final burden");
        Rectangle2D area = dataArea(f);
        assertThat(area.getWidth()).as("bar length available, of " + FigureRenderer.WIDTH + " px")
                .isGreaterThan(0.6 * FigureRenderer.WIDTH);
        assertThat(area.getHeight()).as("room for the four rows, of " + FigureRenderer.HEIGHT + " px")
                .isGreaterThan(0.6 * FigureRenderer.HEIGHT);
    }

    @Test
    void morrisBarsKeepMostOfTheFigureAlongTheirValueAxis() {
        List<MorrisEffect> effects = NAMES.stream().map(n -> new MorrisEffect(n, 0.2, 0.3, 0.1)).toList();
        Rectangle2D area = dataArea(SensitivityChart.morris(effects, "nadir", 50));
        assertThat(area.getWidth()).isGreaterThan(0.6 * FigureRenderer.WIDTH);
        assertThat(area.getHeight()).isGreaterThan(0.6 * FigureRenderer.HEIGHT);
    }

    private static Rectangle2D dataArea(Figure f) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(FigureRenderer.WIDTH, FigureRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            f.chart().draw(g, new Rectangle(0, 0, FigureRenderer.WIDTH, FigureRenderer.HEIGHT), info);
        } finally {
            g.dispose();
        }
        return info.getPlotInfo().getDataArea();
    }
}
