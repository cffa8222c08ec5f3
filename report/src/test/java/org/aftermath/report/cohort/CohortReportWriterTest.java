package org.aftermath.report.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aftermath.cohort.run.CohortDetails;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;
import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.cohort.run.Quantiles;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The cohort report is well-formed XHTML with the response table, both figures and their files. */
class CohortReportWriterTest {

    @TempDir
    Path dir;

    private static CohortSummary summary() {
        double[] days = {0, 10, 20, 30};
        Map<String, CohortSummary.Rate> rates = new LinkedHashMap<>();
        rates.put("CR", new CohortSummary.Rate(1, 0.25));
        rates.put("PR", new CohortSummary.Rate(2, 0.5));
        rates.put("SD", new CohortSummary.Rate(0, 0.0));
        rates.put("PD", new CohortSummary.Rate(1, 0.25));
        return new CohortSummary("toy", 4, 0, 9, Quantiles.DEFINITION,
                new CohortSummary.Bands("cells", days, new double[] {1e9, 1e7, 0.0, 1e6},
                        new double[] {1e9, 1e8, 1e5, 1e8}, new double[] {1e9, 5e8, 1e9, 3e9}),
                new CohortSummary.ProgressionFree(days, new double[] {1, 0.75, 0.5, 0.25}, 0.25, 20.0),
                rates, 0.75, List.of(new CohortSummary.InputSummary("tumor.growth.doubling_days", 10, 2, 7, 7.5,
                        10, 12.5, 13)));
    }

    private static Manifest<CohortDetails> manifest() {
        return new Manifest<>("aftermath", "cohort", "1.0", new CohortDetails(false, "toy", "toy.yaml", "ab", null, 9,
                "L64X128MixRandom", "derivation", 4, List.of("tumor.growth.doubling_days"), null, "LocalCohortExecutor",
                2, new Solver("auto", 1e-8, 1e-10), 30, 10, List.of(), null), "17", "2026-01-01T00:00:00Z", List.of());
    }

    @Test
    void writesAWellFormedPageWithBothFiguresAndTheResponseTable() throws Exception {
        CohortReportWriter writer = new CohortReportWriter();
        writer.write(dir, summary(), manifest());
        for (String f : writer.files()) {
            assertThat(dir.resolve(f)).as(f).exists().isNotEmptyFile();
        }
        assertThat(writer.files()).containsExactly("cohort-report.html", "burden-bands.svg", "burden-bands.png",
                "progression-free.svg", "progression-free.png");
        byte[] html = Files.readAllBytes(dir.resolve(CohortReportWriter.REPORT));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(2);
        Element table = byId(doc, "responses");
        NodeList rows = table.getElementsByTagName("tr");
        assertThat(rows.getLength()).isEqualTo(5);
        assertThat(rows.item(2).getTextContent()).contains("partial response (PR)").contains("2").contains("50 %");
        String text = new String(html, StandardCharsets.UTF_8);
        assertThat(text).contains("Objective response (CR or PR)").contains("75 %")
                .contains("20 days (first grid day with at most half progression-free)");
        assertThat(byId(doc, "input-distributions").getTextContent()).contains("tumor.growth.doubling_days");
    }

    /**
     * Issue 12, "What a researcher sees": the cohort report did not state the regimen or the inputs'
     * correlations, and left the progression-free curve's drop at the horizon unexplained.
     */
    @Test
    void statesTheRegimenTheCorrelationsAndWhenProgressionIsAssessed() throws Exception {
        Scenario scenario = ScenarioReader.read(Path.of("..", "examples", "figure-3c-cohort.yaml"));
        CohortReportWriter writer = new CohortReportWriter(scenario);
        writer.write(dir, summary(), manifest());
        Document doc = parse(Files.readAllBytes(dir.resolve(CohortReportWriter.REPORT)));
        NodeList regimen = byId(doc, "regimen-table").getElementsByTagName("tr");
        assertThat(regimen.getLength()).isEqualTo(3);
        assertThat(regimen.item(1).getTextContent()).contains("doxorubicin", "60 mg/m²", "6", "0–105 every 21 days");
        assertThat(regimen.item(2).getTextContent()).contains("sulfasalazine", "1000 mg", "(modulator)", "108",
                "2–19 daily", "107–124 daily");
        NodeList pairs = byId(doc, "correlations").getElementsByTagName("tr");
        assertThat(pairs.getLength()).isEqualTo(2);
        assertThat(pairs.item(1).getTextContent()).contains("tumor.growth.doubling_days", "parameters.doxorubicin_ec50", "0.4");
        assertThat(byId(doc, "figure-progression-free").getTextContent()).contains(
                // the toy summary's horizon is day 30: the restaging before day 21's dose, then the horizon
                "just before each cytotoxic dose (day 21) and at the horizon",
                "a long interval before the horizon ends in a steep drop there",
                "a patient without progression by then is censored there");

        Path merged = dir.resolve("merged");
        Files.createDirectories(merged);
        new CohortReportWriter().write(merged, summary(), manifest());
        Document without = parse(Files.readAllBytes(merged.resolve(CohortReportWriter.REPORT)));
        assertThat(without.getDocumentElement().getTextContent()).doesNotContain("Regimen").contains("is censored there");
    }

    private static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
