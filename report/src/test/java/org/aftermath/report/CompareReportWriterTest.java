package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.report.CompareReportWriter.Compared;
import org.aftermath.runner.RunOptions;
import org.aftermath.report.figures.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** compare.html: both Fig. 3A curves on one log chart with a legend, and the outcome table. */
class CompareReportWriterTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writesTheOverlayAndTheOutcomeTable() throws Exception {
        List<Compared> runs = List.of(
                new Compared("figure-3a-td10", "examples/figure-3a-td10.yaml", "aa", Fixtures.example("figure-3a-td10", 1)),
                new Compared("figure-3a-td60", "examples/figure-3a-td60.yaml", "bb", Fixtures.example("figure-3a-td60", 1)));
        Path target = dir.resolve("cmp");
        Manifest<CompareDetails> manifest;
        try (OutputFolder folder = OutputFolder.open("--out", target, CompareReportWriter.COMMAND, List.of())) {
            manifest = CompareReportWriter.write(runs, folder);
        }
        assertThat(manifest.files()).containsExactly("compare.html", "compare-tumour-burden.svg",
                "compare-tumour-burden.png", Manifest.FILE);
        Manifest<CompareDetails> written = Manifest.read(target.resolve(Manifest.FILE)).detailsAs(CompareDetails.class);
        assertThat(written.command()).isEqualTo("compare");
        assertThat(written.details().scenarios()).extracting(CompareDetails.Scenario::scenarioFile,
                CompareDetails.Scenario::scenarioSha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple("examples/figure-3a-td10.yaml", "aa"),
                org.assertj.core.groups.Tuple.tuple("examples/figure-3a-td60.yaml", "bb"));
        assertThat(written.details().solver().integrator()).isEqualTo(RunOptions.DEFAULT.integrator().id());
        Figure figure = CompareReportWriter.figure(runs);
        assertThat(figure.seriesCount()).isEqualTo(2);

        Document doc = XhtmlDocuments.parse(Files.readString(target.resolve("compare.html")));
        Element fig = ReportWriterTest.byId(doc, "figure-compare-tumour-burden");
        assertThat(fig).isNotNull();
        Element svg = (Element) fig.getElementsByTagNameNS(SVG, "svg").item(0);
        assertThat(svg.getTextContent()).contains("figure-3a-td10", "figure-3a-td60",
                "Time (days)");
        Element table = ReportWriterTest.byId(doc, "outcomes");
        assertThat(table.getElementsByTagNameNS(XHTML, "tbody").item(0).getChildNodes().getLength()).isPositive();
        assertThat(table.getTextContent()).contains("Final burden ÷ figure-3a-td10's", "2.05 × 10⁻⁴");
        assertThat(ReportWriterTest.byId(doc, "scenarios").getTextContent())
                .contains("examples/figure-3a-td10.yaml", "examples/figure-3a-td60.yaml");
    }
}
