package org.aftermath.tmen.microenvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Inclusion of the tme-*.ant modules, the scenario keys that set them, and the port bindings. */
class MicroenvironmentModelTest {

    private static CompiledScenario compile(String treatments, String extra) {
        String yaml = "name: t\ndays: 30\ntumor:\n  cells: 2.0e9\n  growth: {law: exponential, doubling_days: 10}\n"
                + (treatments.isEmpty() ? "" : "treatments:\n" + treatments) + extra;
        return ScenarioCompiler.compile(ScenarioReader.read(yaml, "t.yaml"), Map.of());
    }

    private static String rule(CompiledScenario c, String variable) {
        return c.model().assignmentRule(variable).map(AssignmentRule::math).map(Object::toString).orElse(null);
    }

    @Test
    void killFractionScenariosWithoutTheKeysDoNotIncludeTheModules() {
        CompiledScenario c = compile("  - {name: chemo, kill_fraction: 0.5, every_days: 7, cycles: 2}\n", "");
        assertThat(c.model().species("fib_n")).isEmpty();
        assertThat(c.model().parameter("kd_NFKB")).isEmpty();
    }

    @Test
    void aStromaKeyIncludesThemWithTheScenarioValues() {
        CompiledScenario c = compile("", "stroma: {fibroblast: 2.5}\n");
        assertThat(c.model().species("fib_n")).isPresent();
        assertThat(c.parameter("stroma_fibroblast")).isEqualTo(2.5);
        assertThat(c.parameter("stroma_endothelial")).isEqualTo(0.2); // the model file's value
        assertThat(c.parameter(MicroenvironmentModel.CELLS_REF)).isEqualTo(2.0e9);
        CompiledScenario none = compile("", "stroma: none\n");
        for (String type : List.of("fibroblast", "endothelial", "immune")) {
            assertThat(none.parameter("stroma_" + type)).isZero();
        }
    }

    @Test
    void knockoutsAndKnockdownsSetTheKdParametersCaseInsensitively() {
        CompiledScenario c = compile("", "knockouts: [nfkb, Cebpb]\nknockdowns: {P38: 0.75}\n");
        assertThat(c.parameter("kd_NFKB")).isEqualTo(1.0);
        assertThat(c.parameter("kd_CEBPB")).isEqualTo(1.0);
        assertThat(c.parameter("kd_P38")).isEqualTo(0.75);
        assertThat(c.parameter("kd_MIR146")).isZero();
    }

    @Test
    void anUnknownNodeIsAnErrorListingTheAllowedOnes() {
        assertThatThrownBy(() -> compile("", "knockouts: [NFKB, TP53]\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml: knockouts[1]: unknown node 'TP53' (allowed: ")
                .hasMessageContaining("CEBPB").hasMessageContaining("MIR146").hasMessageContaining("WNT16B");
    }

    @Test
    void aNodeBothKnockedOutAndDownIsAnError() {
        assertThatThrownBy(() -> compile("", "knockouts: [NFKB]\nknockdowns: {nfkb: 0.5}\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("t.yaml: node nfkb is both knocked out and knocked down; give it once");
    }

    @Test
    void genotoxicExposureDrivesTheDamageRateAndAntimicrotubuleExposureTheArrest() {
        CompiledScenario c = compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n  - {agent: docetaxel, dose: 75, days: [0]}\n", "");
        assertThat(rule(c, "dmg_rate"))
                .contains("doxorubicin_stroma_damage").contains("doxorubicin_plasma").doesNotContain("docetaxel");
        assertThat(rule(c, "arrest_rate")).contains("docetaxel_stroma_arrest").contains("docetaxel_effect");
        assertThat(c.model().parameter("dmg_rate")).isEmpty();
    }

    @Test
    void eachRadiationFractionAddsDamageToEveryStromalType() {
        CompiledScenario c = compile("  - {agent: ionizing-radiation, dose: 2, days: [0, 1]}\n", "");
        Event fraction = c.model().events().stream().filter(e -> e.id().equals(c.doses().get(0).eventId())).findFirst().orElseThrow();
        assertThat(fraction.assignments()).extracting(EventAssignment::variable).contains("D_fib", "D_endo", "D_imm");
    }

    @Test
    void modulatorsBindTheirTargetsMetforminOnlyIkkAndAntiCd20Warns() {
        CompiledScenario c = compile("  - {agent: metformin, dose: 1000, every_days: 1, cycles: 3}\n"
                + "  - {agent: sulfasalazine, dose: 1000, every_days: 1, cycles: 3}\n"
                + "  - {agent: anti-wnt16b, dose: 10, days: [0]}\n  - {agent: rituximab, dose: 375, days: [0]}\n", "");
        assertThat(c.modulators()).extracting(Modulation::agent, Modulation::port).containsExactly(
                org.assertj.core.groups.Tuple.tuple("metformin", "inh_IKK"),
                org.assertj.core.groups.Tuple.tuple("sulfasalazine", "inh_NFKB"),
                org.assertj.core.groups.Tuple.tuple("anti-wnt16b", "wnt16b_neutralisation"));
        assertThat(rule(c, "inh_NFKB")).contains("sulfasalazine_inhibition_inh_NFKB").doesNotContain("metformin");
        assertThat(rule(c, "wnt16b_neutralisation")).contains("anti_wnt16b_neutralisation");
        assertThat(c.warnings()).contains("rituximab: target CD20 has no port in the microenvironment model;"
                + " anti-CD20 has no effect in the microenvironment model");
    }

    @Test
    void modulatorsDoNotKillCancerCellsCytotoxicAgentsDo() {
        CompiledScenario c = compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n  - {agent: docetaxel, dose: 75, days: [0]}\n"
                + "  - {agent: sulfasalazine, dose: 1000, days: [0]}\n  - {agent: anti-wnt16b, dose: 10, days: [0]}\n", "");
        assertThat(c.model().reaction("doxorubicin_kill")).isPresent();
        assertThat(c.model().reaction("docetaxel_kill")).isPresent();
        assertThat(c.model().reaction("sulfasalazine_kill")).isEmpty();
        assertThat(c.model().reaction("anti_wnt16b_kill")).isEmpty();
    }
}
