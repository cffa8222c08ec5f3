package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.agents.DoseUnit;
import org.aftermath.tmen.agents.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agent keys of a treatment, the weekday schedule, patient: and endpoints:, and their bad input. */
class AgentTreatmentReaderTest {

    private static final String HEAD = "name: s\ndays: 100\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n";

    private static Scenario read(String rest) {
        return ScenarioReader.read(HEAD + rest, "s.yaml");
    }

    @Test
    void agentTreatmentDefaultsItsNameUnitAndRoute() {
        Scenario s = read("treatments:\n  - {agent: adriamycin, dose: 60, every_days: 21, cycles: 6}\n");
        Treatment t = s.treatments().get(0);
        assertThat(t.name()).isEqualTo("doxorubicin");
        assertThat(t).isInstanceOf(Treatment.AgentTreatment.class);
        assertThat(((Treatment.AgentTreatment) t).agent()).isEqualTo(new AgentDose(
                AgentCatalog.builtIn().find("doxorubicin").orElseThrow(), 60, DoseUnit.MG_PER_M2, Route.IV_BOLUS, Double.NaN));
        assertThat(s.patient()).isEqualTo(Patient.DEFAULT);
        assertThat(s.endpoints()).isEqualTo(EndpointSettings.DEFAULT);
    }

    @Test
    void infusionsDefaultToOneHourAndNamesMayHoldHyphens() {
        Scenario s = read("treatments:\n  - {name: anti-wnt16b, agent: anti-wnt16b, dose: 5, unit: mg/kg, days: [0]}\n"
                + "  - {agent: cisplatin, dose: 75, days: [0]}\n"
                + "patient: {bsa_m2: 2.0}\nendpoints: {cells_per_cm3: 5e8, detectable_cells: 1e7}\n");
        assertThat(s.treatments().get(0).name()).isEqualTo("anti-wnt16b");
        AgentDose cisplatin = ((Treatment.AgentTreatment) s.treatments().get(1)).agent();
        assertThat(cisplatin.route()).isEqualTo(Route.IV_INFUSION);
        assertThat(cisplatin.infusionHours()).isEqualTo(1.0);
        assertThat(s.patient()).isEqualTo(new Patient(2.0, 70));
        assertThat(s.endpoints()).isEqualTo(new EndpointSettings(5e8, -0.3, 0.2, 1e7));
    }

    @Test
    void weekdayScheduleSkipsWeekends() {
        Scenario s = read("treatments:\n  - {agent: radiation, dose: 2, fractions: 7, weekdays: true, start_day: 14}\n");
        assertThat(s.treatments().get(0).schedule().doseDays()).isEqualTo(List.of(14.0, 15.0, 16.0, 17.0, 18.0, 21.0, 22.0));
        assertThat(s.treatments().get(0).name()).isEqualTo("ionizing-radiation");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{agent: doxorubicine, dose: 60, days: [0]}|s.yaml: treatments[0].agent: unknown agent 'doxorubicine'; closest: doxorubicin",
        "{agent: anthracyclines, dose: 60, days: [0]}|s.yaml: treatments[0].agent: 'anthracyclines' is a family",
        "{agent: doxorubicin, dose: 60, unit: mg/kg, days: [0]}|s.yaml: treatments[0].unit: doxorubicin is not dosed in mg/kg (allowed: mg/m²)",
        "{agent: doxorubicin, dose: 60, route: oral, days: [0]}|s.yaml: treatments[0].route: route oral is not allowed for doxorubicin (allowed: iv_bolus, iv_infusion)",
        "{agent: doxorubicin, dose: 60, infusion_hours: 2, days: [0]}|s.yaml: treatments[0].infusion_hours: applies only to route iv_infusion (route is iv_bolus)",
        "{agent: doxorubicin, days: [0]}|s.yaml: treatments[0].dose: required key is missing (the amount per dose in mg/m², > 0 and <= 1000000)",
        "{agent: doxorubicin, dose: -1, days: [0]}|s.yaml: treatments[0].dose: must be > 0",
        "{agent: doxorubicin, dose: 60, kill_fraction: 0.5, days: [0]}|s.yaml: treatments[0]: give either kill_fraction or agent with dose, not both",
        "{name: c, kill_fraction: 0.5, dose: 3, days: [0]}|s.yaml: treatments[0].dose: applies only to a treatment with agent",
        "{agent: radiation, dose: 2, fractions: 5, weekdays: false}|s.yaml: treatments[0].weekdays: must be true",
        "{agent: radiation, dose: 2, fractions: 5, weekdays: true, cycles: 3}|s.yaml: treatments[0].cycles: does not combine with fractions/weekdays",
        "{agent: radiation, dose: 2, fractions: 5}|s.yaml: treatments[0].weekdays: required key is missing",
    })
    void badAgentInputNamesTheFieldAndWhatIsAllowed(String treatment, String message) {
        assertThatThrownBy(() -> read("treatments:\n  - " + treatment + "\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    void twoTreatmentsOfOneAgentNeedNames() {
        assertThatThrownBy(() -> read("treatments:\n  - {agent: doxorubicin, dose: 60, days: [0]}\n"
                + "  - {agent: doxorubicin, dose: 30, days: [7]}\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("s.yaml: treatments[1]: duplicate treatment name 'doxorubicin' (name defaults to the agent id; give each a name)");
    }

    @Test
    void patientAndEndpointValuesAreChecked() {
        assertThatThrownBy(() -> read("patient: {bsa_m2: 0}\n")).hasMessageStartingWith("s.yaml: patient.bsa_m2: must be > 0");
        assertThatThrownBy(() -> read("patient: {height_cm: 170}\n")).hasMessageStartingWith("s.yaml: patient.height_cm: unknown key");
        assertThatThrownBy(() -> read("endpoints: {partial_response_change: 0.3}\n"))
                .hasMessage("s.yaml: endpoints: partial_response_change must be in (-1, 0) (got 0.3)");
    }
}
