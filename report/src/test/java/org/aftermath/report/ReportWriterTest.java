package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.runner.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** report.html is well-formed XHTML, self-contained, and has every figure and table. */
class ReportWriterTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Manifest manifest(RunResult r) {
        return new Manifest("aftermath", ToolVersion.get(), r.summary().scenario(), "examples/x.yaml", "00ff",
                1, 1, r.parameters(), new Manifest.Solver("auto", 1e-10, 1e-12),
                new Manifest.Work(275, 0, 1658, 0, 0), 12.5, "17", "2026-01-01T00:00:00Z", List.of());
    }

    @Test
    void writesAWellFormedSelfContainedReportWithEveryFigure() throws Exception {
        RunResult r = Fixtures.withMicroenvironment();
        Path target = dir.resolve("run");
        List<String> files;
        try (OutputFolder folder = new OutputFolder(target)) {
            files = ReportWriter.write(r, manifest(r), folder);
            folder.commit();
        }
        List<String> ids = List.of("tumour-burden", "drug-concentrations", "secreted-factors", "senescent-stroma",
                "stroma-ddr");
        List<String> expected = new ArrayList<>(List.of(ReportWriter.REPORT));
        ids.forEach(id -> expected.addAll(List.of(id + ".svg", id + ".png")));
        assertThat(files).containsExactlyElementsOf(expected);
        for (String f : files) {
            assertThat(target.resolve(f)).isNotEmptyFile();
        }
        for (String id : ids) {
            XhtmlDocuments.parse(Files.readString(target.resolve(id + ".svg")));
            assertThat(Files.readAllBytes(target.resolve(id + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }

        Document doc = XhtmlDocuments.parse(Files.readString(target.resolve(ReportWriter.REPORT)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
        for (String id : ids) {
            Element figure = byId(doc, "figure-" + id);
            assertThat(figure).as(id).isNotNull();
            assertThat(figure.getElementsByTagNameNS(SVG, "svg").getLength()).as(id).isEqualTo(1);
            assertThat(figure.getElementsByTagNameNS(XHTML, "figcaption").getLength()).isEqualTo(1);
        }
        assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(ids.size());
        assertThat(rows(byId(doc, "table-doses"))).isEqualTo(7);
        assertThat(byId(doc, "other-observables").getTextContent()).contains("atm");
        assertThat(byId(doc, "outcomes").getTextContent()).contains("Nadir (cells)", "6.21 × 10⁵");
        assertThat(byId(doc, "manifest-table").getTextContent()).contains("Seed", "auto", "275 accepted");
        assertThat(byId(doc, "scenario-inputs").getTextContent())
                .contains("examples/x.yaml", "exponential, doubling time 10 days");
        assertSelfContained(doc, target);
        assertIdsUnique(doc);
    }

    @Test
    void aTumourOnlyModelHasOneFigureAndNoOtherPanels() throws Exception {
        RunResult r = Fixtures.example("figure-3b", 7);
        Document doc = XhtmlDocuments.parse(ReportWriter.html(r, manifest(r), ReportWriter.figures(r)));
        assertThat(doc.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(1);
        assertThat(byId(doc, "figure-tumour-burden")).isNotNull();
        assertThat(byId(doc, "other-observables")).isNull();
        assertThat(byId(doc, "scenario-inputs").getTextContent())
                .contains("exponential, doubling times 60, 40, 25, 15, 10, 7, 5 days");
        assertThat(byId(doc, "outcomes").getTextContent()).contains("Regrowth above the initial burden");
    }

    @Test
    void summaryFieldsAddedLaterAppearWithoutCodeChanges() throws Exception {
        RunResult r = Fixtures.example("figure-3a-td10", 1);
        // the summary as the runner will soon write it: endpoints, per-dose PK, a factor table
        String html = ReportWriter.html(r, manifest(r), ReportWriter.figures(r));
        assertThat(html).doesNotContain("Cure probability");
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.toTree(r.summary()).deepCopy();
        node.put("best_response", "partial response");
        node.putNull("time_to_progression_days");
        node.put("cure_probability", 0.25);
        node.put("nadir_below_one_cell", false);
        node.putObject("factors").putObject("il6").put("baseline", 5.0).put("peak", 80.0).put("fold_change", 16.0);
        String table = org.aftermath.report.html.OutcomeTables.run(new org.aftermath.report.html.SummaryView(node), 147);
        Document doc = XhtmlDocuments.parse(table);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Best response", "partial response",
                "Time to progression (days)", "no progression within 147 days", "Cure probability", "0.25",
                "Nadir below one cell", "no");
        List<org.aftermath.report.html.SummaryView.Table> tables =
                new org.aftermath.report.html.SummaryView(node).tables();
        assertThat(tables).extracting(org.aftermath.report.html.SummaryView.Table::name)
                .containsExactly("doses", "skipped_doses", "factors");
        assertThat(tables.get(2).keys()).containsExactly("il6");
        assertThat(tables.get(2).columns()).containsExactly("baseline", "peak", "fold_change");
    }

    private static void assertSelfContained(Document doc, Path folder) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getLocalName()).isNotIn("script", "link", "img", "iframe", "object");
            assertThat(e.hasAttribute("src")).isFalse();
            String href = e.getAttribute("href");
            if (!href.isEmpty()) {
                assertThat(href.startsWith("#") || Files.isRegularFile(folder.resolve(href)))
                        .as("href " + href).isTrue();
            }
        }
        assertThat(doc.getElementsByTagNameNS(XHTML, "style").item(0).getTextContent()).doesNotContain("url(");
    }

    private static void assertIdsUnique(Document doc) {
        Set<String> seen = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attrs = all.item(i).getAttributes();
            Node id = attrs.getNamedItem("id");
            if (id != null) {
                assertThat(seen.add(id.getNodeValue())).as("duplicate id " + id.getNodeValue()).isTrue();
            }
        }
    }

    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static int rows(Element table) {
        return ((Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0))
                .getElementsByTagNameNS(XHTML, "tr").getLength();
    }
}
