package org.aftermath.tmen.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftermath.tmen.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AgentCatalog#resolveDosable}: defaults, spellings, and one clear line per bad input. */
class ResolveDosableTest {

    private static final AgentCatalog CATALOG = AgentCatalog.builtIn();

    private static AgentDosing resolve(String id, String unit, String route) {
        return CATALOG.resolveDosable(id, unit, route, "fig.yaml", "treatments[0]");
    }

    private static String problem(String id, String unit, String route) {
        try {
            resolve(id, unit, route);
        } catch (ScenarioException e) {
            assertThat(e.file()).isEqualTo("fig.yaml");
            assertThat(e.fieldPath()).isEqualTo("treatments[0]");
            assertThat(e.getMessage()).startsWith("fig.yaml: treatments[0]: ").doesNotContain("\n");
            return e.problem();
        }
        throw new AssertionError("expected a ScenarioException for " + id + " " + unit + " " + route);
    }

    @Test
    void nullUnitAndRouteMeanTheDefaults() {
        AgentDosing d = resolve("cisplatin", null, null);
        assertThat(d.agent().id()).isEqualTo("cisplatin");
        assertThat(d.unit()).isEqualTo(DoseUnit.MG_PER_M2);
        assertThat(d.route()).isEqualTo(Route.IV_INFUSION);
        assertThat(resolve("radiation", null, null)).isEqualTo(new AgentDosing(
                CATALOG.find("ionizing-radiation").orElseThrow(), DoseUnit.GY, Route.EXTERNAL_BEAM));
    }

    @ParameterizedTest
    @CsvSource({
        "Cisplatin, mg/m2, ip, MG_PER_M2, IP",
        "bleomycin, iu/m2, iv bolus, IU_PER_M2, IV_BOLUS",
        "bleomycin, IU, SC, IU, SC",
        "araC, mg/m², iv-infusion, MG_PER_M2, IV_INFUSION",
        "anti-wnt16b, mg/kg, ip, MG_PER_KG, IP",
        "sulfasalazine, mg, oral, MG, ORAL",
        "radiation, gy, external beam, GY, EXTERNAL_BEAM"})
    void acceptsUnitAndRouteSpellings(String id, String unit, String route, DoseUnit u, Route r) {
        AgentDosing d = resolve(id, unit, route);
        assertThat(d.unit()).isEqualTo(u);
        assertThat(d.route()).isEqualTo(r);
    }

    @Test
    void unknownAgentSuggestsTheThreeClosestIds() {
        String problem = problem("cisplatine", null, null);
        assertThat(problem).startsWith("unknown agent 'cisplatine'; closest: cisplatin, ")
                .contains("run 'aftermath agents'");
        assertThat(problem.substring(problem.indexOf("closest: ") + 9, problem.indexOf(" (")).split(", ")).hasSize(3);
        assertThat(problem("", null, null)).startsWith("no agent given");
    }

    @Test
    void familyListsItsMembers() {
        assertThat(problem("Anthracyclines", "mg/m2", null)).isEqualTo("'anthracyclines' is a family (Topoisomerase inhibitors),"
                + " not a dosable agent; give one of its members: epirubicin, daunorubicin, doxorubicin, idarubicin");
    }

    @Test
    void familyWithoutMembersListsTheDosableAgentsOfItsClass() {
        assertThat(problem("nitrosoureas", null, null)).isEqualTo("'nitrosourea-compounds' is a family (Monofunctional"
                + " alkylators), not a dosable agent, and none of its members is in the catalog; dosable agents of its"
                + " class: procarbazine, temozolomide");
    }

    @Test
    void unitTheAgentDoesNotTakeListsTheAllowedUnits() {
        assertThat(problem("cisplatin", "mg/kg", null)).isEqualTo("cisplatin is not dosed in mg/kg (allowed: mg/m²)");
        assertThat(problem("radiation", "mg", null))
                .isEqualTo("ionizing-radiation is not dosed in mg (allowed: Gy)");
        assertThat(problem("cisplatin", "mgs", null))
                .isEqualTo("unknown dose unit 'mgs' for cisplatin (allowed: mg/m²)");
    }

    @Test
    void routeTheAgentDoesNotAllowListsTheAllowedRoutes() {
        assertThat(problem("cisplatin", null, "oral"))
                .isEqualTo("route oral is not allowed for cisplatin (allowed: iv_infusion, ip)");
        assertThat(problem("temozolomide", null, "iv"))
                .isEqualTo("unknown route 'iv' for temozolomide (allowed: oral, iv_infusion)");
    }

    @Test
    void dosingRecordRefusesWhatTheAgentDoesNotAllow() {
        Agent cisplatin = CATALOG.find("cisplatin").orElseThrow();
        assertThatThrownBy(() -> new AgentDosing(cisplatin, DoseUnit.GY, Route.IP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not dosed in Gy");
        assertThatThrownBy(() -> new AgentDosing(CATALOG.find("thiopurines").orElseThrow(), DoseUnit.MG, Route.ORAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("family");
    }
}
