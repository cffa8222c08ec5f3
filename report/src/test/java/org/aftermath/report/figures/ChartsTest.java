package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.aftermath.report.Fixtures;
import org.aftermath.report.ReportWriter;
import org.aftermath.runner.RunResult;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every figure renders headless to a non-blank PNG with the expected number of series. */
class ChartsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void everyFigureOfAFullModelRendersWithItsSeries() {
        List<Figure> figures = ReportWriter.figures(Fixtures.withMicroenvironment());
        assertThat(figures).extracting(Figure::id).containsExactly("tumour-burden", "drug-concentrations",
                "secreted-factors", "senescent-stroma", "stroma-ddr");
        assertThat(figures).extracting(Figure::seriesCount).containsExactly(1, 2, 2, 1, 1);
        for (Figure f : figures) {
            assertNonBlank(f);
        }
    }

    @Test
    void aTumourOnlyModelHasOnlyTheTumourFigure() {
        List<Figure> figures = ReportWriter.figures(Fixtures.example("figure-3b", 1));
        assertThat(figures).extracting(Figure::id).containsExactly("tumour-burden");
        assertNonBlank(figures.get(0));
    }

    @Test
    void compareChartHasOneSeriesPerRunOnALogAxis() {
        Figure f = CompareChart.of(List.of(
                new CompareChart.Run("td10", Fixtures.example("figure-3a-td10", 1)),
                new CompareChart.Run("td60", Fixtures.example("figure-3a-td60", 1)),
                new CompareChart.Run("3b", Fixtures.example("figure-3b", 7))));
        assertThat(f.seriesCount()).isEqualTo(3);
        XYDataset data = f.chart().getXYPlot().getDataset();
        assertThat(data.getSeriesKey(0)).isEqualTo("td10");
        assertThat(data.getSeriesKey(2)).isEqualTo("3b");
        assertThat(f.chart().getXYPlot().getRangeAxis()).isInstanceOf(org.jfree.chart.axis.LogAxis.class);
        assertThat(f.chart().getLegend()).isNotNull();
        assertNonBlank(f);
    }

    @Test
    void volumeProportionalToCellsIsASecondScaleNotASecondCurve() {
        double cm3PerCell = 1e-9;
        RunResult base = Fixtures.example("figure-3a-td10", 1);
        int cells = base.timeseries().column("tumor_cells");
        RunResult r = withVolume(base, cells, cm3PerCell, 0);
        Figure f = TumourChart.of(r);
        assertThat(f.seriesCount()).isEqualTo(1);
        XYPlot plot = f.chart().getXYPlot();
        ValueAxis left = plot.getRangeAxis(0);
        ValueAxis right = plot.getRangeAxis(1);
        assertThat(right.getLowerBound()).isCloseTo(left.getLowerBound() * cm3PerCell, within(1e-12 * left.getLowerBound() * cm3PerCell));
        assertThat(right.getUpperBound()).isCloseTo(left.getUpperBound() * cm3PerCell, within(1e-12 * left.getUpperBound() * cm3PerCell));
        assertNonBlank(f);
    }

    @Test
    void volumeNotProportionalToCellsIsItsOwnDashedCurve() {
        RunResult base = Fixtures.example("figure-3a-td10", 1);
        RunResult r = withVolume(base, base.timeseries().column("tumor_cells"), 1e-9, 0.5);
        Figure f = TumourChart.of(r);
        assertThat(f.seriesCount()).isEqualTo(2);
        assertThat(f.chart().getXYPlot().getDataset(1).getSeriesKey(0).toString()).contains("volume");
        assertNonBlank(f);
    }

    @Test
    void foldChangeDividesByTheDayZeroValueAndLeavesOutNonPositiveBaselines() {
        RunResult r = Fixtures.withColumns(Fixtures.example("figure-3a-td10", 1),
                Map.of("il6", t -> 5 + t, "zero", t -> t));
        PanelSpec spec = new PanelSpec("f", "F", "Fold change (–)", PanelSpec.Scale.LOG,
                PanelSpec.Transform.FOLD_CHANGE, List.of("il6", "zero"), null, "c", false);
        ObservableCatalog.Group g = new ObservableCatalog.Group(spec, List.of("il6", "zero"), List.of("il6", "zero"));
        Figure f = PanelChart.of(g, r.timeseries(), 147, DoseMarks.of(List.of(), 147), Map.of()).orElseThrow();
        assertThat(f.seriesCount()).isEqualTo(1);
        XYDataset d = f.chart().getXYPlot().getDataset();
        assertThat(d.getYValue(0, 0)).isEqualTo(1.0);
        assertThat(d.getXValue(0, 10)).isEqualTo(10.0);
        assertThat(d.getYValue(0, 10)).isCloseTo(15.0 / 5.0, within(1e-15));
        ObservableCatalog.Group onlyZero = new ObservableCatalog.Group(spec, List.of("zero"), List.of("zero"));
        assertThat(PanelChart.of(onlyZero, r.timeseries(), 147, DoseMarks.of(List.of(), 147), Map.of())).isEmpty();
    }

    private static RunResult withVolume(RunResult base, int cells, double cm3PerCell, double extraPerDay) {
        return Fixtures.withColumns(base, Map.of(TumourChart.VOLUME, t -> {
            double n = base.timeseries().rows().get((int) t)[cells];
            return n * cm3PerCell + extraPerDay * t;
        }));
    }

    /** Non-blank: the grey levels vary (std. dev. > 10 of 255) and some pixels are far from white. */
    static void assertNonBlank(Figure f) {
        BufferedImage img = FigureRenderer.image(f);
        assertThat(img.getWidth()).isEqualTo(2 * FigureRenderer.WIDTH);
        double sum = 0;
        double sumSq = 0;
        long dark = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double grey = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3.0;
                sum += grey;
                sumSq += grey * grey;
                dark += grey < 128 ? 1 : 0;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertThat(sd).as(f.id() + " grey-level standard deviation").isGreaterThan(10);
        assertThat(dark).as(f.id() + " dark pixels").isGreaterThan(1000);
    }
}
