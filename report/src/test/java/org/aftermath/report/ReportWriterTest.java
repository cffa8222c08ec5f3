package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.Solver;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.html.OutcomeTables;
import org.aftermath.report.html.SummaryTables;
import org.aftermath.report.html.SummaryView;
import org.aftermath.report.html.Xhtml;
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

    static Manifest<RunDetails> manifest(RunResult r) {
        return new Manifest<>("aftermath", RunOutputs.COMMAND, ToolVersion.get(), new RunDetails(r.summary().scenario(),
                "examples/x.yaml", "00ff", 1, 1, r.parameters(), List.of(), new Solver("auto", 1e-10, 1e-12),
                new RunDetails.Work(275, 0, 1658, 0, 0), 12.5), "17", "2026-01-01T00:00:00Z", List.of());
    }

    @Test
    void writesAWellFormedSelfContainedReportWithEveryFigure() throws Exception {
        RunResult r = Fixtures.withMicroenvironment();
        Path target = dir.resolve("run");
        List<String> files;
        try (OutputFolder folder = OutputFolder.open("--out", target, RunOutputs.COMMAND, List.of())) {
            files = ReportWriter.write(r, manifest(r), ReportWriter.figures(r), folder);
            folder.commit(manifest(r).withFiles(folder.files()));
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
        assertThat(byId(doc, "other-observables").getElementsByTagNameNS(XHTML, "thead").item(0).getTextContent())
                .contains("Unit");
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
        ObjectNode node = Json.toTree(r.summary()).deepCopy();
        node.put("time_to_regrowth_days", 42.5);
        node.putNull("time_to_progression_days");
        node.put("nadir_below_one_cell", false);
        ObjectNode agent = node.putArray("exposure_test").addObject();
        agent.put("agent", "cisplatin").put("observable", "cisplatin_plasma");
        agent.putArray("doses").addObject().put("day", 0.0).put("cmax", 2.4).put("auc", 0.5);
        node.putObject("bed_test").put("tumor_gy", 67.5).put("fractions", 35);
        SummaryView view = new SummaryView(node);
        Document outcomes = XhtmlDocuments.parse(OutcomeTables.run(view, 147));
        assertThat(outcomes.getDocumentElement().getTextContent()).contains("Time to regrowth (days)", "42.5",
                "Time to progression (days)", "no progression within 147 days", "Nadir below one cell", "no");

        List<SummaryView.Table> tables = view.tables();
        SummaryView.Table exposure = tables.stream().filter(t -> t.name().equals("exposure_test")).findFirst()
                .orElseThrow();
        SummaryView.Table bed = tables.stream().filter(t -> t.name().equals("bed_test")).findFirst().orElseThrow();
        assertThat(bed.keys()).containsExactly("tumor_gy", "fractions");
        Xhtml h = new Xhtml();
        h.open("div");
        SummaryTables.write(h, exposure, "h3");
        SummaryTables.write(h, bed, "h3");
        h.close();
        Document doc = XhtmlDocuments.parse(h.toString());
        Element main = byId(doc, "table-exposure-test");
        assertThat(main.getTextContent()).contains("cisplatin", "cisplatin_plasma").doesNotContain("2.4");
        Element perDose = byId(doc, "table-exposure-test-1-doses");
        assertThat(perDose.getTextContent()).contains("Cmax", "2.4", "AUC", "0.5");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Exposure test, cisplatin: doses",
                "Tumor (Gy)", "67.5", "35");
    }

    @Test
    void drugCurvesReachEachDosesExactPeak() {
        RunResult r = Fixtures.example("doxorubicin-q21", 1);
        Figure drugs = ReportWriter.figures(r).stream().filter(f -> f.id().equals("drug-concentrations"))
                .findFirst().orElseThrow();
        assertThat(drugs.seriesCount()).isEqualTo(1);
        JsonNode doses = Json.toTree(r.summary()).path("exposure").get(0).path("doses");
        org.jfree.data.xy.XYDataset d = drugs.chart().getXYPlot().getDataset();
        for (JsonNode dose : (Iterable<JsonNode>) doses::elements) {
            boolean found = false;
            for (int i = 0; i < d.getItemCount(0); i++) {
                found |= d.getXValue(0, i) == dose.path("cmax_day").doubleValue()
                        && d.getYValue(0, i) == dose.path("cmax").doubleValue();
            }
            assertThat(found).as("Cmax of the dose on day " + dose.path("day")).isTrue();
        }
        assertThat(doses.size()).isEqualTo(6);
    }

    /** Issue 12 bug 1: drug and radiation treatments were shown as "No treatment." (the table listed kill fractions only). */
    @Test
    void drugAndRadiationTreatmentsAreListedWithTheirDoses() throws Exception {
        RunResult dox = Fixtures.example("doxorubicin-q21", 1);
        Element table = byId(XhtmlDocuments.parse(ReportWriter.html(dox, manifest(dox), List.of())), "treatments");
        assertThat(table).isNotNull();
        assertThat(table.getTextContent()).contains("doxorubicin 60 mg/m² iv_bolus", "0–105 every 21 days")
                .doesNotContain("No treatment");
        RunResult rt = Fixtures.example("radiotherapy-70gy", 1);
        Element fractions = byId(XhtmlDocuments.parse(ReportWriter.html(rt, manifest(rt), List.of())), "treatments");
        assertThat(fractions.getTextContent()).contains("ionizing-radiation 2 Gy", "35");
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        assertThat(byId(XhtmlDocuments.parse(ReportWriter.html(td10, manifest(td10), List.of())), "treatments")
                .getTextContent()).contains("kill fraction 0.9", "7");
    }

    /**
     * Issue 12, "What a researcher sees": the page was ~24,000 px of open tables; detail is now behind
     * collapsible sections, outcomes, figures and scenario open.
     */
    @Test
    void detailSectionsCollapseAndTheHeadlinesStayOpen() throws Exception {
        RunResult r = Fixtures.withMicroenvironment();
        Document doc = XhtmlDocuments.parse(ReportWriter.html(r, manifest(r), ReportWriter.figures(r)));
        Map<String, Boolean> open = new java.util.LinkedHashMap<>();
        NodeList details = doc.getElementsByTagNameNS(XHTML, "details");
        for (int i = 0; i < details.getLength(); i++) {
            Element d = (Element) details.item(i);
            open.put(d.getAttribute("id"), d.hasAttribute("open"));
            assertThat(((Element) d.getElementsByTagNameNS(XHTML, "summary").item(0))).as(d.getAttribute("id")).isNotNull();
        }
        assertThat(open).containsExactly(Map.entry("outcomes-section", true), Map.entry("figures", true),
                Map.entry("other-observables-section", false), Map.entry("details", false),
                Map.entry("scenario", true), Map.entry("parameters-section", false), Map.entry("doses", false),
                Map.entry("manifest", false));
        assertThat(byId(doc, "figures").getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(5);
    }

    /** The doses table gave day, treatment and cells only: it now says what each dose gives, with its unit. */
    @Test
    void dosesTableGivesEachDosesAmountAndUnit() throws Exception {
        RunResult dox = Fixtures.example("doxorubicin-q21", 1);
        Element table = byId(XhtmlDocuments.parse(ReportWriter.html(dox, manifest(dox), List.of())), "table-doses");
        Element head = (Element) table.getElementsByTagNameNS(XHTML, "thead").item(0);
        assertThat(head.getTextContent()).contains("Dose", "Unit");
        Element first = (Element) ((Element) table.getElementsByTagNameNS(XHTML, "tbody").item(0))
                .getElementsByTagNameNS(XHTML, "tr").item(0);
        assertThat(first.getTextContent()).contains("doxorubicin", "60", "mg/m²");
        assertThat(rows(table)).isEqualTo(6);
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        assertThat(byId(XhtmlDocuments.parse(ReportWriter.html(td10, manifest(td10), List.of())), "table-doses")
                .getTextContent()).contains("0.9", "fraction killed");
    }

    /** Factor levels and per-dose exposure had bare column names: their headers now carry units. */
    @Test
    void factorAndExposureColumnsCarryUnits() throws Exception {
        ObjectNode node = Json.toTree(Fixtures.example("figure-3a-td10", 1).summary()).deepCopy();
        node.putObject("factors").putObject("il6").put("baseline", 5.0).put("peak", 25.5).put("peak_fold_change", 5.1)
                .put("auc", 2451.0).put("excess_auc", 1716.0);
        ObjectNode agent = node.putArray("exposure").addObject();
        agent.put("agent", "doxorubicin").put("concentration_unit", "mg/L").put("auc_unit", "mg/L·day");
        agent.putArray("doses").addObject().put("day", 0.0).put("cmax", 2.4).put("auc", 0.083);
        Xhtml h = new Xhtml();
        h.open("div");
        new SummaryView(node).tables().forEach(t -> SummaryTables.write(h, t, "h3"));
        h.close();
        Document doc = XhtmlDocuments.parse(h.toString());
        assertThat(byId(doc, "table-factors").getTextContent()).contains("Baseline (pg/mL)", "Peak (pg/mL)",
                "Peak fold change (–)", "AUC (pg/mL·day)", "Excess AUC (pg/mL·day)");
        assertThat(byId(doc, "table-exposure-1-doses").getTextContent()).contains("Cmax (mg/L)", "AUC (mg/L·day)");
    }

    @Test
    void aScenarioWithoutTreatmentReportsItsGrowth() throws Exception {
        Path file = dir.resolve("untreated.yaml");
        Files.writeString(file, "name: untreated\ndays: 30\ntumor:\n  cells: 1.0e6\n  growth:\n"
                + "    law: gompertz\n    carrying_capacity: 1.0e12\n    doubling_days: 5\n");
        RunResult r = org.aftermath.runner.ScenarioRunner.run(org.aftermath.tmen.ScenarioCompiler.compile(
                org.aftermath.tmen.scenario.ScenarioReader.read(file), Map.of()),
                org.aftermath.runner.RunOptions.DEFAULT);
        Document doc = XhtmlDocuments.parse(ReportWriter.html(r, manifest(r), ReportWriter.figures(r)));
        assertThat(byId(doc, "treatments")).isNull();
        assertThat(byId(doc, "doses").getTextContent()).contains("No doses.");
        assertThat(byId(doc, "scenario-inputs").getTextContent())
                .contains("Gompertz, carrying capacity 1 × 10¹² cells, doubling time at the initial size 5 days");
        assertNonBlank(ReportWriter.figures(r).get(0));
    }

    private static void assertNonBlank(Figure f) {
        org.aftermath.report.figures.ChartsTestAccess.assertNonBlank(f);
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
