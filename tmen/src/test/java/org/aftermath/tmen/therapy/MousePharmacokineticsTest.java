package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.tmen.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Xenograft pharmacokinetics ({@code patient: {species: mouse}}): a mouse runs
 * {@code pk-<agent>-mouse.ant} and never the human or the generic module; mitoxantrone's mouse
 * module is the human one with every rate constant scaled by (70 / 0.025)^0.25 and volumes per kg,
 * so its terminal rate is the human one times that factor, and its plasma AUC after an ip dose in
 * mg/kg is bioavailability x dose / (v1 x k10), whatever the weight.
 */
class MousePharmacokineticsTest {

    private static final String GROWTH = "{law: gompertz, carrying_capacity: 3.0e12, rate_per_day: 0.003}";
    /** (70 kg / 0.025 kg)^0.25: the allometric factor of pk-mitoxantrone-mouse.ant. */
    private static final double SCALE = Math.pow(70 / 0.025, 0.25);

    private static double terminalRate(Simulation s, String plasma, double from, double to) {
        return Math.log(s.at(plasma, from) / s.at(plasma, to)) / (to - from);
    }

    @Test
    void mouseMitoxantroneDecaysAtTheHumanTerminalRateTimesTheAllometricFactor() {
        Simulation human = Simulation.run(Simulation.scenario(GROWTH, 1e9, 20,
                "  - {agent: mitoxantrone, dose: 12, days: [0]}\n", ""), 0.5);
        Simulation mouse = Simulation.run(Simulation.scenario(GROWTH, 1e6, 3,
                "  - {agent: mitoxantrone, dose: 0.2, unit: mg/kg, route: ip, days: [0]}\n",
                "\npatient: {species: mouse, weight_kg: 0.025}\n"), 0.25);
        double humanRate = terminalRate(human, "mitoxantrone_plasma", 10, 20);
        double mouseRate = terminalRate(mouse, "mitoxantrone_plasma", 1.5, 2.5);
        assertThat(mouseRate / humanRate).isCloseTo(SCALE, within(1e-3 * SCALE));
        // terminal half-life about 5.9 h in a 25 g mouse (the module's header)
        assertThat(24 * Math.log(2) / mouseRate).isCloseTo(5.9, within(0.1));
    }

    @Test
    void mouseAucIsBioavailabilityTimesDoseOverV1K10() {
        // 0.2 mg/kg x 0.03 kg into v1 = 0.3137 L/kg x 0.03 kg, eliminated at k10 = 489.4035 /day, F = 1
        Simulation s = Simulation.run(Simulation.scenario(GROWTH, 1e6, 4,
                "  - {agent: mitoxantrone, dose: 0.2, unit: mg/kg, route: ip, days: [0]}\n",
                "\npatient: {species: mouse, weight_kg: 0.03}\n"), 0.001);
        double auc = 0;
        for (int i = 1; i < s.times.size(); i++) {
            double h = s.times.get(i) - s.times.get(i - 1);
            auc += h * (s.at("mitoxantrone_plasma", s.times.get(i - 1)) + s.at("mitoxantrone_plasma", s.times.get(i))) / 2;
        }
        double expected = 1.0 * 0.2 / (0.3137 * 489.4035);
        assertThat(auc).isCloseTo(expected, within(1e-3 * expected));
    }

    @Test
    void aMouseWithoutMousePharmacokineticsForAnAgentIsRefusedNamingTheTreatment() {
        assertThatThrownBy(() -> Simulation.run(Simulation.scenario(GROWTH, 1e6, 3,
                "  - {agent: doxorubicin, dose: 1, unit: mg/m2, days: [0]}\n", "\npatient: {species: mouse}\n"), 1))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("test.yaml: treatments[0].agent: no mouse pharmacokinetics for 'doxorubicin': the model has no"
                        + " pk-doxorubicin-mouse.ant (bundled for a mouse: mitoxantrone)");
    }

    @Test
    void aMouseWithoutASizeIsTheReferenceMouse() {
        Simulation s = Simulation.run(Simulation.scenario(GROWTH, 1e6, 1,
                "  - {agent: mitoxantrone, dose: 0.2, unit: mg/kg, route: ip, days: [0]}\n",
                "\npatient: {species: mouse}\n"), 0.5);
        assertThat(s.compiled.model().parameter(PkModule.PATIENT_WEIGHT).orElseThrow().value()).isEqualTo(0.025);
        assertThat(s.compiled.model().parameter(PkModule.PATIENT_BSA).orElseThrow().value()).isEqualTo(0.0078);
    }
}
