package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.aftermath.report.Fixtures;
import org.aftermath.runner.RunResult;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "What a researcher sees": the figures read apart what the old ones ran together —
 * checked on the SVG that the report embeds.
 */
class ReportVisualsTest {
    /** The Figure 3C main job: doxorubicin q21 × 6 with sulfasalazine daily between courses (compiled, not run). */
    private static CompiledScenario antiDdsp;

    @BeforeAll
    static void compile() {
        System.setProperty("java.awt.headless", "true");
        antiDdsp = ScenarioCompiler.compile(ScenarioReader.read(Fixtures.example("figure-3c-anti-ddsp")), Map.of());
    }

    /** 114 doses used to give 114 identical dotted lines: now 6 dose lines and 6 shaded windows. */
    @Test
    void aDailyModulatorIsShadedWindowsAndCytotoxicDosesAreLines() throws Exception {
        List<Dose> doses = antiDdsp.doses();
        assertThat(doses).hasSize(114);
        DoseMarks marks = DoseMarks.of(doses, antiDdsp.days());
        assertThat(marks.treatments()).extracting(DoseMarks.Treatment::name).containsExactly("doxorubicin", "sulfasalazine");
        DoseMarks.Treatment dox = marks.treatments().get(0);
        DoseMarks.Treatment ssz = marks.treatments().get(1);
        assertThat(dox.lines()).isTrue();
        assertThat(dox.days()).containsExactly(0.0, 21.0, 42.0, 63.0, 84.0, 105.0);
        assertThat(ssz.interval()).isEqualTo(1.0);
        // sulfasalazine from 2 days after each doxorubicin dose to 2 days before the next (gap_days: 2), the
        // last course's window running 21 days like the others; each window ends one interval after its last dose
        assertThat(ssz.windows()).hasSize(6);
        assertThat(ssz.windows().get(0)).containsExactly(2.0, 20.0);
        assertThat(ssz.windows().get(5)).containsExactly(107.0, 125.0);

        RunResult r = Fixtures.withColumns(Fixtures.example("figure-3a-td10", 1), Map.of("il6_fold_change", t -> 1 + t / 10));
        ObservableCatalog.Group factors = group(r, "secreted-factors");
        String svg = FigureRenderer.svgDocument(PanelChart.of(factors, r.timeseries(), 147, marks, Map.of()).orElseThrow());
        List<SvgShapes.Shape> shapes = SvgShapes.of(svg);
        String grey = rgb(DoseMarks.CYTOTOXIC);
        assertThat(shapes.stream().filter(s -> s.tag().equals("line") && s.stroke().equals(grey)).count())
                .as("vertical lines of doses").isEqualTo(6);
        assertThat(shapes.stream().filter(s -> s.tag().equals("rect") && s.fill().equals("rgb(86,180,233)")).count())
                .as("sulfasalazine windows").isEqualTo(6);
        assertThat(svg).contains("doxorubicin dose", "sulfasalazine, daily (modulator)");
    }

    /** A weekly modulator keeps a line per dose, but one no data curve has: dashed and see-through. */
    @Test
    void aWeeklyModulatorsDoseLinesAreDashedTints() {
        CompiledScenario wnt = ScenarioCompiler.compile(ScenarioReader.read(Fixtures.example("figure-3c-anti-wnt16b")),
                Map.of());
        DoseMarks.Treatment antibody = DoseMarks.of(wnt.doses(), wnt.days()).treatments().get(1);
        assertThat(antibody.cytotoxic()).isFalse();
        assertThat(antibody.lines()).isTrue();
        assertThat(antibody.interval()).isEqualTo(7.0);
        assertThat(antibody.colour().getAlpha()).isLessThan(255);
        assertThat(((java.awt.BasicStroke) antibody.stroke()).getDashArray()).isNotNull();
        for (int i = 0; i < Palette.size(); i++) {
            assertThat(antibody.colour()).isNotEqualTo(Palette.series(i));
        }
    }

    /** The regrowth label sat right of its line and was cut by the plot's edge when regrowth came late. */
    @Test
    void aLateRegrowthIsLabelledLeftOfItsLine() {
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        double day = 0.9 * td10.scenario().days();
        RunResult late = new RunResult(td10.scenario(), td10.options(), td10.timeseries(),
                withRegrowthDay(td10.summary(), day), td10.parameters(), td10.simulation());
        java.util.Collection<?> markers = TumourChart.of(late).chart().getXYPlot()
                .getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        org.jfree.chart.plot.ValueMarker marker = markers.stream()
                .filter(m -> m instanceof org.jfree.chart.plot.ValueMarker v && v.getValue() == day)
                .map(m -> (org.jfree.chart.plot.ValueMarker) m).findFirst().orElseThrow();
        assertThat(marker.getLabel()).startsWith("regrowth, day");
        assertThat(marker.getLabelTextAnchor()).isEqualTo(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
    }

    private static org.aftermath.runner.RunSummary withRegrowthDay(org.aftermath.runner.RunSummary s, double day) {
        return new org.aftermath.runner.RunSummary(s.scenario(), s.initialTumorCells(), s.finalTumorCells(),
                s.nadirTumorCells(), s.nadirDay(), day, s.doses(), s.skippedDoses(), s.warnings(), s.initialDiameterCm(),
                s.nadirDiameterCm(), s.bestResponse(), s.timeToProgressionDays(), s.cureProbability(),
                s.nadirBelowOneCell(), s.endpointSettings(), s.assessments(), s.exposure(), s.bed(), s.factors(),
                s.modulators());
    }

    /** 15 factors used to share 7 colours, all solid: every curve now has its own (colour, dash) pair. */
    @Test
    void fifteenSecretedFactorsAreFifteenDistinctCurves() throws Exception {
        Map<String, DoubleUnaryOperator> factors = new LinkedHashMap<>();
        for (int i = 0; i < 15; i++) {
            double k = i + 1;
            factors.put("f" + i + "_fold_change", t -> 1 + k * t / 147);
        }
        RunResult r = Fixtures.withColumns(Fixtures.example("figure-3a-td10", 1), factors);
        Figure f = PanelChart.of(group(r, "secreted-factors"), r.timeseries(), 147, DoseMarks.of(List.of(), 147), Map.of())
                .orElseThrow();
        assertThat(f.seriesCount()).isEqualTo(15);
        Set<String> curves = new HashSet<>();
        long drawn = 0;
        for (SvgShapes.Shape s : SvgShapes.of(FigureRenderer.svgDocument(f))) {
            if (s.tag().equals("path") && !s.stroke().equals("none") && s.segments() > 50) {
                curves.add(s.stroke() + " " + s.dash());
                drawn++;
            }
        }
        assertThat(drawn).as("curves drawn").isEqualTo(15);
        assertThat(curves).as("distinct (colour, dash) pairs").hasSize(15);
        assertThat(f.chart().getLegend()).isNotNull();
    }

    /** Dashes restarted on every short segment, so dashed curves drew solid: each series is now one dashed path. */
    @Test
    void eachComparedSeriesIsOneContinuousDashedPath() throws Exception {
        Figure f = CompareChart.of(List.of(
                new CompareChart.Run("td10", Fixtures.example("figure-3a-td10", 1)),
                new CompareChart.Run("td60", Fixtures.example("figure-3a-td60", 1)),
                new CompareChart.Run("3b", Fixtures.example("figure-3b", 7))));
        List<SvgShapes.Shape> shapes = SvgShapes.of(FigureRenderer.svgDocument(f));
        for (int i = 1; i < 3; i++) {
            String colour = rgb(Palette.series(i));
            List<SvgShapes.Shape> mine = shapes.stream().filter(s -> s.stroke().equals(colour)).toList();
            assertThat(mine).as("series " + i + ": its curve and its legend sample").hasSize(2);
            assertThat(mine).allSatisfy(s -> assertThat(s.dash()).isNotEqualTo("none"));
            assertThat(mine.stream().mapToInt(SvgShapes.Shape::segments).max().orElse(0)).isGreaterThan(20);
        }
        // drawn in order, the first (reference) at the bottom: an arm on top of it still shows its dashes
        List<Integer> curveOrder = shapes.stream().filter(s -> s.segments() > 20 && !s.stroke().equals("none"))
                .map(s -> List.of(rgb(Palette.series(0)), rgb(Palette.series(1)), rgb(Palette.series(2))).indexOf(s.stroke()))
                .toList();
        assertThat(curveOrder).containsExactly(0, 1, 2);
    }

    /** Doxorubicin at 2.4 mg/L was flattened under sulfasalazine at 9 mg/L on one axis: each agent has its own panel. */
    @Test
    void drugConcentrationsHaveOnePanelPerAgent() {
        Figure drugs = org.aftermath.report.ReportWriter.figures(Fixtures.withMicroenvironment()).stream()
                .filter(f -> f.id().equals("drug-concentrations")).findFirst().orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) drugs.chart().getXYPlot();
        List<XYPlot> panels = plot.getSubplots();
        assertThat(panels).extracting(p -> p.getRangeAxis().getLabel())
                .containsExactly("cisplatin (mg/L)", "doxorubicin (mg/L)");
        // each on its own scale: cisplatin peaks at 3 mg/L, doxorubicin at 0.5 mg/L
        assertThat(panels.get(0).getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(3);
        assertThat(panels.get(1).getRangeAxis().getUpperBound()).isBetween(0.5, 1.0);
        ChartsTestAccess.assertNonBlank(drugs);
    }

    private static ObservableCatalog.Group group(RunResult r, String id) {
        return ObservableCatalog.bundled().group(r.timeseries().columns()).stream()
                .filter(g -> g.spec().id().equals(id)).findFirst().orElseThrow();
    }

    private static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
