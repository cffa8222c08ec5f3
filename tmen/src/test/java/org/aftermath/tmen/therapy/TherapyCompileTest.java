package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.aftermath.kernel.compile.ModelValidator;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ParameterValue;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** What agent treatments add to the compiled scenario: ids, parameters, events, dose table, errors. */
class TherapyCompileTest {

    private static CompiledScenario compile(String treatments, String extra, Map<String, Double> cli) {
        return ScenarioCompiler.compile(ScenarioReader.read(Simulation.scenario(
                "{law: exponential, doubling_days: 10}", 1e9, 30, treatments, extra), "c.yaml"), cli);
    }

    @Test
    void oneModuleInstancePerAgentSharedByItsTreatments() {
        CompiledScenario c = compile("  - {name: dox-a, agent: doxorubicin, dose: 60, days: [0]}\n"
                + "  - {name: dox.b, agent: doxorubicin, dose: 30, route: iv_infusion, infusion_hours: 2, days: [7, 0]}\n"
                + "  - {name: chemo, kill_fraction: 0.5, days: [3]}\n", "", Map.of());
        assertThat(ModelValidator.problems(c.model())).isEmpty();
        assertThat(c.agents()).singleElement().satisfies(a -> {
            assertThat(a.plasma()).isEqualTo("doxorubicin_plasma");
            assertThat(a.unit()).isEqualTo("mg/L");
            assertThat(a.doseDays()).containsExactly(0.0, 7.0);
        });
        assertThat(c.model().reaction("doxorubicin_kill")).isPresent();
        assertThat(c.model().event("dox_a_dose_1")).isPresent();
        assertThat(c.model().event("dox_b_dose_2_end")).isPresent();
        assertThat(c.killFractions()).containsOnlyKeys("chemo");
        assertThat(c.parameters()).extracting(ParameterValue::name)
                .contains("dox_a_dose", "dox_b_dose", "dox_b_infusion_hours", "patient_bsa_m2", "patient_weight_kg", "doxorubicin_ec50");
        assertThat(c.doseTable()).contains("per dose").contains("doxorubicin 60 mg/m² iv_bolus")
                .contains("doxorubicin 30 mg/m² iv_infusion 2 h").contains("kill fraction 0.5");
    }

    @Test
    void aModulatorHasNoEffectOnTheCancerCellsToReport() {
        CompiledScenario c = compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n"
                + "  - {agent: sulfasalazine, dose: 1000, days: [1]}\n", "", Map.of());
        assertThat(ModelValidator.problems(c.model())).isEmpty();
        assertThat(c.model().assignmentRules()).extracting(r -> r.variable())
                .contains("doxorubicin_effect", "sulfasalazine_plasma").doesNotContain("sulfasalazine_effect");
        assertThat(c.model().reaction("sulfasalazine_kill")).isEmpty();
    }

    @Test
    void moduleParametersAreOverridableAndScenarioOnesKeepTheirLimits() {
        CompiledScenario c = compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n",
                "parameters: {doxorubicin_ec50: 0.1}\n", Map.of("patient_bsa_m2", 1.6));
        assertThat(c.parameter("doxorubicin_ec50")).isEqualTo(0.1);
        assertThat(c.parameter("patient_bsa_m2")).isEqualTo(1.6);
        assertThat(c.parameters()).filteredOn(p -> p.name().equals("patient_bsa_m2")).singleElement()
                .extracting(ParameterValue::setBy).isEqualTo(ParameterValue.SetBy.COMMAND_LINE);
        assertThatThrownBy(() -> compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n", "", Map.of("doxorubicin_dose", -1.0)))
                .isInstanceOf(ScenarioException.class).hasMessage("--param: doxorubicin_dose: must be > 0 and <= 1000000 (got -1.0)");
    }

    @Test
    void overridesOfVolumesRatesAndLqParametersMustStayPositive() {
        assertThatThrownBy(() -> compile("  - {agent: doxorubicin, dose: 60, days: [0]}\n", "parameters: {doxorubicin_v1: 0}\n", Map.of()))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("c.yaml: parameters.doxorubicin_v1: must be in"
                        + " (0, inf), the domain of doxorubicin_v1 (org/aftermath/tmen/models/pk-doxorubicin.ant:")
                .hasMessageEndingWith(") (got 0.0)");
        assertThatThrownBy(() -> compile("  - {agent: radiation, dose: 2, days: [0]}\n", "", Map.of("rt_alpha_tumor", 0.0)))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("--param: rt_alpha_tumor: must be in (0, inf),"
                        + " the domain of rt_alpha_tumor (org/aftermath/tmen/models/radiotherapy.ant:");
        assertThat(compile("  - {agent: radiation, dose: 2, days: [0]}\n", "", Map.of("rt_beta_tumor", 0.0))
                .parameter("rt_beta_tumor")).isZero();
    }

    @Test
    void chemoradiationCombinesAgentAndRadiotherapy() {
        CompiledScenario c = compile("  - {agent: cisplatin, dose: 40, every_days: 7, cycles: 5}\n"
                + "  - {agent: radiation, dose: 2, fractions: 25, weekdays: true}\n", "", Map.of());
        assertThat(ModelValidator.problems(c.model())).isEmpty();
        assertThat(c.radiotherapy().fractions()).isEqualTo(23); // days 0-4, 7-11, 14-18, 21-25, 28-30 (horizon 30)
        assertThat(c.agents()).extracting(DosedAgent::agentId).containsExactly("cisplatin");
        assertThat(c.model().reaction("rt_repopulation")).isPresent();
        assertThat(c.model().reaction("cisplatin_kill")).isPresent();
    }

    @Test
    void agentDosesDoNotAdvanceAListOfDoublingTimes() {
        CompiledScenario c = ScenarioCompiler.compile(ScenarioReader.read(Simulation.scenario(
                "{law: exponential, doubling_days: [10, 5]}", 1e9, 30,
                "  - {agent: doxorubicin, dose: 60, days: [2]}\n  - {name: chemo, kill_fraction: 0.5, days: [5, 10]}\n", ""),
                "c.yaml"), Map.of());
        assertThat(c.model().event("doxorubicin_dose_1").orElseThrow().assignments())
                .extracting(a -> a.variable()).containsExactly("doxorubicin_central");
        assertThat(c.model().event("chemo_dose_2").orElseThrow().assignments())
                .extracting(a -> a.math().references()).last().isEqualTo(java.util.Set.of("doubling_days_2"));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void namesThatShareAModelIdAreRefused() {
        assertThatThrownBy(() -> compile("  - {name: a-b, kill_fraction: 0.5, days: [0]}\n"
                + "  - {name: a_b, kill_fraction: 0.5, days: [1]}\n", "", Map.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("c.yaml: treatments[1].name: 'a_b' and 'a-b' both give model id 'a_b'; rename one");
    }

    @Test
    void oneRadiotherapyTreatmentPerScenario() {
        assertThatThrownBy(() -> compile("  - {name: rt1, agent: radiation, dose: 2, days: [0]}\n"
                + "  - {name: rt2, agent: radiation, dose: 2, days: [1]}\n", "", Map.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("c.yaml: treatments: at most one radiotherapy treatment per scenario (got 2: rt1, rt2)");
    }

    @Test
    void agentsDosedInInternationalUnitsReportIuPerLitre() {
        CompiledScenario c = compile("  - {agent: bleomycin, dose: 10, days: [0]}\n", "", Map.of());
        assertThat(c.agents().get(0).unit()).isEqualTo("IU/L");
        assertThat(ModelValidator.problems(c.model())).isEmpty();
    }
}
