package org.aftermath.tmen.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The built-in catalog against the review's Table 1 and the work order's list. */
class AgentCatalogTest {

    private static final AgentCatalog CATALOG = AgentCatalog.builtIn();

    /** Every Table 1 name as the work order lists it, each resolvable by id or alias. */
    static final List<String> TABLE_1_NAMES = List.of("bleomycin", "ionizing radiation", "radiation",
            "alkylsulphonates", "ethylenimes", "nitrosourea compounds", "piperazines", "procarbazine",
            "temozolomide", "triazenes", "carboplatin", "cisplatin", "cyclophosphamide", "Cyclosporamide",
            "mitomycin C", "nitrogen mustard", "psoralen", "5-fluorouracil", "folate analogues", "thiopurines",
            "thioguanine", "camptothecins", "etoposide", "anthracyclines", "epirubicin", "daunorubicin",
            "doxorubicin", "mitoxantrone", "idarubicin", "actinomycin D", "aphidicolin", "cytarabine", "araC",
            "chromomycin", "gemcitabine", "hydroxyurea", "mercaptopurine", "methotrexate", "plicamycin");

    static final List<String> FAMILIES = List.of("alkylsulphonates", "ethylenimes", "nitrosourea-compounds",
            "piperazines", "triazenes", "folate-analogues", "thiopurines", "camptothecins", "anthracyclines");

    /** One Table 1 row: its entries, lesion types, repair pathways and references as printed. */
    record Row(String className, List<String> ids, List<String> lesions, List<String> pathways, List<String> references) { }

    private static final String HELLEDAY_2008 = "Helleday et al., 2008";
    private static final String JACKSON_BARTEK = "Jackson and Bartek, 2009";
    private static final String TELL_WILSON = "Tell and Wilson, 2010";
    private static final String COSTANTINO = "Costantino et al., 2014";
    private static final String HELLEDAY_2014 = "Helleday et al., 2014";
    private static final String SALE = "Sale et al., 2012";

    static final List<Row> TABLE_1 = List.of(
            new Row("Radiotherapy and radiomimetics", List.of("bleomycin", "ionizing-radiation"),
                    List.of("BD", "DSBs", "SSBs"), List.of("BER", "HR", "NHEJ", "SSBR"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, TELL_WILSON, COSTANTINO, HELLEDAY_2014)),
            new Row("Monofunctional alkylators", List.of("alkylsulphonates", "ethylenimes", "nitrosourea-compounds",
                    "piperazines", "procarbazine", "temozolomide", "triazenes"),
                    List.of("BD", "BDAs", "RLs"), List.of("BER", "DR", "ENDO", "FA", "HR", "NER", "RecQ", "TLS"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, TELL_WILSON, SALE)),
            new Row("Bifunctional alkylators", List.of("carboplatin", "cisplatin", "cyclophosphamide", "mitomycin-c",
                    "nitrogen-mustard", "psoralen"),
                    List.of("BDAs", "DSBs", "DNA crosslinks", "RLs"), List.of("ENDO", "FA", "HR", "NER", "RecQ", "TLS"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, SALE, COSTANTINO, HELLEDAY_2014)),
            new Row("Antimetabolites", List.of("5-fluorouracil", "folate-analogues", "thiopurines", "thioguanine"),
                    List.of("BD", "cytotoxic metabolites", "RLs"), List.of("BER"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, TELL_WILSON)),
            new Row("Topoisomerase inhibitors", List.of("camptothecins", "etoposide", "anthracyclines", "epirubicin",
                    "daunorubicin", "doxorubicin", "mitoxantrone", "idarubicin"),
                    List.of("DSBs", "RLs", "SSBs"), List.of("ENDO", "FA", "HR", "NHEJ", "RecQ", "SSBR"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, COSTANTINO, HELLEDAY_2014)),
            new Row("Replication inhibitors", List.of("actinomycin-d", "aphidicolin", "cytarabine", "chromomycin",
                    "5-fluorouracil", "gemcitabine", "hydroxyurea", "mercaptopurine", "methotrexate", "plicamycin"),
                    List.of("DSBs", "RLs"), List.of("ENDO", "FA", "HR", "NHEJ", "RecQ"),
                    List.of(HELLEDAY_2008, JACKSON_BARTEK, COSTANTINO, HELLEDAY_2014)));

    @ParameterizedTest
    @FieldSource("TABLE_1_NAMES")
    void everyTable1NameResolvesByIdOrAlias(String name) {
        String asId = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        assertThat(CATALOG.find(asId)).as(name).isPresent();
        assertThat(CATALOG.find(asId).orElseThrow().genotoxic()).isTrue();
    }

    @Test
    void table1HasSixClassesAndThirtySixEntries() {
        List<Agent> genotoxic = CATALOG.select(null, true);
        Set<String> classes = new LinkedHashSet<>();
        genotoxic.forEach(a -> classes.addAll(a.classes()));
        assertThat(classes).containsExactlyInAnyOrder("Radiotherapy and radiomimetics", "Monofunctional alkylators",
                "Bifunctional alkylators", "Antimetabolites", "Topoisomerase inhibitors", "Replication inhibitors");
        assertThat(genotoxic).hasSize(36);
        assertThat(genotoxic).extracting(Agent::id)
                .containsExactlyInAnyOrderElementsOf(TABLE_1.stream().flatMap(r -> r.ids().stream()).distinct().toList());
    }

    @Test
    void everyEntryCarriesItsRowExactly() {
        for (Row row : TABLE_1) {
            for (String id : row.ids()) {
                Agent agent = CATALOG.find(id).orElseThrow();
                assertThat(agent.classes()).as(id).contains(row.className());
                if (agent.classes().size() == 1) {
                    assertThat(agent.lesions()).as(id).isEqualTo(row.lesions());
                    assertThat(agent.repairPathways()).as(id).isEqualTo(row.pathways());
                    assertThat(agent.references()).as(id).isEqualTo(row.references());
                }
            }
        }
        for (Agent agent : CATALOG.select(null, true)) {
            List<String> rows = TABLE_1.stream().filter(r -> r.ids().contains(agent.id())).map(Row::className).toList();
            assertThat(agent.classes()).as(agent.id()).isEqualTo(rows);
        }
    }

    @Test
    void fluorouracilStandsInTwoRowsWithTheUnionOfBoth() {
        Agent fu = CATALOG.find("5-FU").orElseThrow();
        assertThat(fu.classes()).containsExactly("Antimetabolites", "Replication inhibitors");
        Row antimetabolites = TABLE_1.get(3);
        Row replication = TABLE_1.get(5);
        assertThat(fu.lesions()).containsExactlyElementsOf(union(antimetabolites.lesions(), replication.lesions()));
        assertThat(fu.repairPathways()).containsExactlyInAnyOrderElementsOf(
                union(antimetabolites.pathways(), replication.pathways()));
        assertThat(fu.references()).containsExactlyInAnyOrderElementsOf(
                union(antimetabolites.references(), replication.references()));
    }

    @Test
    void familiesAreNotDosableAndTheirMembersAre() {
        assertThat(CATALOG.agents().stream().filter(a -> !a.dosable()).map(Agent::id))
                .containsExactlyElementsOf(FAMILIES);
        for (String id : FAMILIES) {
            Agent family = CATALOG.find(id).orElseThrow();
            assertThat(family.doseUnits()).as(id).isEmpty();
            assertThat(family.routes()).as(id).isEmpty();
            family.members().forEach(m -> assertThat(CATALOG.find(m).orElseThrow().dosable()).as(m).isTrue());
        }
        assertThat(CATALOG.find("anthracyclines").orElseThrow().members())
                .containsExactly("epirubicin", "daunorubicin", "doxorubicin", "idarubicin");
        assertThat(CATALOG.find("thiopurines").orElseThrow().members()).containsExactly("thioguanine", "mercaptopurine");
    }

    @ParameterizedTest
    @CsvSource({
        "camptothecins, Topo I",
        "etoposide, Topo II",
        "anthracyclines, some also produce free radicals",
        "actinomycin-d, disrupts RNA and synthesis"})
    void notesKeepTheTablesWords(String id, String words) {
        assertThat(CATALOG.find(id).orElseThrow().notes()).contains(words);
    }

    @Test
    void antiMicrotubuleAgentsAreNotGenotoxic() {
        for (String id : List.of("docetaxel", "vincristine", "vinblastine")) {
            Agent agent = CATALOG.find(id).orElseThrow();
            assertThat(agent.genotoxic()).as(id).isFalse();
            assertThat(agent.classes()).containsExactly("Anti-microtubule agents");
            assertThat(agent.lesions()).isEmpty();
            assertThat(agent.dosable()).isTrue();
        }
        assertThat(CATALOG.select("microtubule", null)).extracting(Agent::id)
                .containsExactly("docetaxel", "vincristine", "vinblastine");
    }

    /**
     * Every dosable agent has one role, read from the knowledge base: the Table 1 entries are
     * genotoxic, docetaxel, vincristine and vinblastine arrest, and the agents with targets
     * (the anti-DDSP modulators and anti-CD20) modulate; only the first two kill cancer cells.
     */
    @Test
    void everyDosableAgentHasTheRoleTheKnowledgeBaseGivesIt() {
        for (Agent a : CATALOG.agents()) {
            if (!a.dosable()) {
                assertThatThrownBy(a::role).isInstanceOf(IllegalStateException.class);
                continue;
            }
            Agent.Role expected = a.genotoxic() ? Agent.Role.GENOTOXIC
                    : List.of("docetaxel", "vincristine", "vinblastine").contains(a.id()) ? Agent.Role.ANTI_MICROTUBULE
                    : Agent.Role.MODULATOR;
            assertThat(a.role()).as(a.id()).isEqualTo(expected);
            assertThat(a.role().cytotoxic()).as(a.id()).isEqualTo(a.targets().isEmpty());
        }
        assertThat(CATALOG.agents().stream().filter(Agent::dosable).filter(a -> a.role() == Agent.Role.MODULATOR)
                .map(Agent::id)).containsExactly("sulfasalazine", "metformin", "3-aminobenzamide", "olaparib",
                "ralimetinib", "anakinra", "anti-wnt16b", "rituximab");
    }

    @ParameterizedTest
    @CsvSource({
        "sulfasalazine, NFKB, mg, oral",
        "metformin, IKK NFKB, mg, oral",
        "3-AB, PARP1, mg/kg, ip",
        "3-aminobenzamide, PARP1, mg/kg, ip",
        "olaparib, PARP1, mg, oral",
        "ralimetinib, P38MAPK, mg, oral",
        "anakinra, IL1R, mg, sc",
        "anti-wnt16b, WNT16B, mg/kg, iv_infusion",
        "anti-CD20, CD20, mg/m², iv_infusion"})
    void modulatorsCarryTargetsSourcesAndDosing(String name, String targets, String unit, String route) {
        Agent agent = CATALOG.find(name).orElseThrow();
        assertThat(agent.genotoxic()).isFalse();
        assertThat(agent.targets()).containsExactly(targets.split(" "));
        assertThat(agent.source()).isNotBlank();
        assertThat(agent.defaultUnit().label()).isEqualTo(unit);
        assertThat(agent.defaultRoute().token()).isEqualTo(route);
    }

    @Test
    void modulatorSourcesCiteTheReview() {
        assertThat(CATALOG.find("metformin").orElseThrow().source()).startsWith("Moiseeva et al., 2013");
        assertThat(CATALOG.find("3-ab").orElseThrow().source()).startsWith("Ohanna et al., 2011");
        assertThat(CATALOG.select("Anti-DDSP", null)).hasSize(7);
    }

    @ParameterizedTest
    @CsvSource({
        "bleomycin, IU/m², iv_bolus",
        "radiation, Gy, external_beam",
        "cisplatin, mg/m², iv_infusion",
        "doxorubicin, mg/m², iv_bolus",
        "temozolomide, mg/m², oral",
        "procarbazine, mg/m², oral",
        "hydroxyurea, mg/kg, oral",
        "mercaptopurine, mg/m², oral",
        "thioguanine, mg/m², oral",
        "sulfasalazine, mg, oral"})
    void defaultUnitsAndRoutes(String id, String unit, String route) {
        Agent agent = CATALOG.find(id).orElseThrow();
        assertThat(agent.defaultUnit().label()).isEqualTo(unit);
        assertThat(agent.defaultRoute().token()).isEqualTo(route);
    }

    @Test
    void onlyRadiationTakesGrayAndExternalBeam() {
        assertThat(CATALOG.agents().stream().filter(a -> a.doseUnits().contains(DoseUnit.GY)).map(Agent::id))
                .containsExactly("ionizing-radiation");
        assertThat(CATALOG.agents().stream().filter(a -> a.routes().contains(Route.EXTERNAL_BEAM)).map(Agent::id))
                .containsExactly("ionizing-radiation");
    }

    @Test
    void countsAndLegend() {
        assertThat(CATALOG.agents()).hasSize(47);
        assertThat(CATALOG.agents().stream().filter(a -> !a.targets().isEmpty())).hasSize(8);
        assertThat(CATALOG.legend()).containsEntry("NHEJ", "non-homologous end joining")
                .containsEntry("RecQ", "RecQ-mediated repair").hasSize(14);
    }

    @Test
    void lookupIgnoresCaseAndBlanks() {
        assertThat(CATALOG.find("  CisPlatin ")).map(Agent::id).hasValue("cisplatin");
        assertThat(CATALOG.find("ARAC")).map(Agent::id).hasValue("cytarabine");
        assertThat(CATALOG.find("cyclosporamide")).map(Agent::id).hasValue("cyclophosphamide");
        assertThat(CATALOG.find("cisplatine")).isEmpty();
    }

    @Test
    void selectFiltersByClassFragmentAndGenotoxicity() {
        assertThat(CATALOG.select("ALKYLATORS", null)).hasSize(13);
        assertThat(CATALOG.select("replication", true)).hasSize(10);
        assertThat(CATALOG.select("replication", false)).isEmpty();
        assertThat(CATALOG.select(null, false)).hasSize(11);
        assertThat(CATALOG.select(null, null)).isEqualTo(CATALOG.agents());
        assertThat(CATALOG.classes()).hasSize(9);
    }

    @Test
    void closestIdsComeFromIdsAndAliases() {
        assertThat(CATALOG.closestIds("cisplatine")).hasSize(3).startsWith("cisplatin");
        assertThat(CATALOG.closestIds("adriamycine")).startsWith("doxorubicin");
        assertThat(CATALOG.closestIds("ara-cc")).startsWith("cytarabine").doesNotHaveDuplicates();
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
