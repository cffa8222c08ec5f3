package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftermath.report.figures.Figure;
import org.aftermath.runner.RunResult;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.Treatment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Issue 12, "What a researcher sees": the main job's report did not show the chemotherapy-alone arm it
 * is about. A run with modulators now carries its control arm, the scenario without them.
 */
class ControlArmTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theControlOfTheFigure3cProposalIsChemotherapyAlone() {
        Scenario antiDdsp = ScenarioReader.read(Fixtures.example("figure-3c-anti-ddsp"));
        Scenario doxAlone = ScenarioReader.read(Fixtures.example("figure-3c-dox-alone"));
        Scenario control = antiDdsp.withoutModulators().orElseThrow();
        assertThat(control.name()).isEqualTo("figure-3c-anti-ddsp-control");
        assertThat(antiDdsp.modulators()).containsExactly("sulfasalazine");
        // the bundled chemotherapy-alone arm, but for its name
        assertThat(control.treatments()).isEqualTo(doxAlone.treatments());
        assertThat(control.tumor()).isEqualTo(doxAlone.tumor());
        assertThat(control.microenvironment()).isEqualTo(doxAlone.microenvironment());
        assertThat(control.treatments()).allMatch(Treatment::cytotoxic);
        // nothing to compare: chemotherapy alone, kill fractions only, no treatment
        assertThat(doxAlone.withoutModulators()).isEmpty();
        assertThat(ScenarioReader.read(Fixtures.example("figure-3a-td10")).withoutModulators()).isEmpty();
    }

    @Test
    void theReportDrawsAndComparesTheControl() throws Exception {
        RunResult arm = Fixtures.example("figure-3a-td10", 1);
        RunResult other = Fixtures.example("figure-3a-td60", 1);
        ControlArm control = new ControlArm(List.of("metformin", "olaparib"), other);
        assertThat(control.leftOutText()).isEqualTo("metformin and olaparib");
        List<Figure> figures = ReportWriter.figures(arm, control);
        assertThat(figures.get(0).seriesCount()).isEqualTo(2);
        assertThat(figures.get(0).chart().getXYPlot().getDataset().getSeriesKey(1))
                .isEqualTo("control: without metformin and olaparib");
        Document doc = XhtmlDocuments.parse(ReportWriter.html(arm, control, ReportWriterTest.manifest(arm), figures));
        String table = ReportWriterTest.byId(doc, "control-arm").getTextContent();
        double fold = other.summary().finalTumorCells() / arm.summary().finalTumorCells();
        assertThat(table).contains("Fold fewer cells than the control",
                new java.math.BigDecimal(fold).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString(),
                NumberText.of(other.summary().finalTumorCells()));
        assertThat(ReportWriterTest.byId(XhtmlDocuments.parse(ReportWriter.html(arm, ReportWriterTest.manifest(arm),
                List.of())), "control-arm")).isNull();
    }

    @Test
    void ratiosKeepFiveSignificantDigits() {
        assertThat(ControlArm.ratio(2.1647e9 * 1.0001, 2.1647e9)).isEqualTo("1.0001");
        assertThat(ControlArm.ratio(3.8, 1)).isEqualTo("3.8");
        assertThat(ControlArm.ratio(1, 0)).isEqualTo("—");
    }
}
