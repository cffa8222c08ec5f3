package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Plasma concentrations of dosed agents against closed forms: one-compartment bolus, infusion
 * and depot (Bateman) curves of the generic module, per-kg and per-m² amounts, and the terminal
 * half-life of doxorubicin's three-compartment module.
 */
class PharmacokineticsTest {

    private static final String EXPONENTIAL = "{law: exponential, doubling_days: 10}";
    // pk-generic.ant: V1 = 20 L/m², k10 = 1.386 /day, ka = 24 /day, bioavailability 1
    private static final double V1 = 20;
    private static final double K10 = 1.386;
    private static final double KA = 24;

    @Test
    void genericBolusDecaysMonoexponentiallyFromDoseOverV1() {
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 3,
                "  - {agent: 5-fluorouracil, dose: 400, route: iv_bolus, days: [1]}\n", ""), 0.25);
        assertThat(s.compiled.agents()).singleElement().satisfies(a -> {
            assertThat(a.plasma()).isEqualTo("fluorouracil_5_plasma");
            assertThat(a.sourced()).isFalse();
        });
        assertThat(s.at("fluorouracil_5_plasma", 0.75)).isZero();
        for (double t : new double[] {1.0, 1.5, 2.0, 3.0}) {
            double expected = 400 / V1 * Math.exp(-K10 * (t - 1));
            assertThat(s.at("fluorouracil_5_plasma", t)).as("day %s", t).isCloseTo(expected, within(1e-7 * expected));
        }
    }

    @Test
    void perKilogramDosesScaleWithWeightAndPerSquareMetreWithBsa() {
        // 0.4 mg/kg x 80 kg = 32 mg into V1 x BSA = 20 x 2.0 L: C(0) = 0.8 mg/L
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 1,
                "  - {agent: nitrogen-mustard, dose: 0.4, unit: mg/kg, days: [0]}\n",
                "\npatient: {bsa_m2: 2.0, weight_kg: 80}\n"), 0.5);
        assertThat(s.at("nitrogen_mustard_plasma", 0)).isCloseTo(0.8, within(1e-9));
        assertThat(s.at("nitrogen_mustard_plasma", 0.5)).isCloseTo(0.8 * Math.exp(-K10 * 0.5), within(1e-8));
    }

    @Test
    void infusionRisesToTheClosedFormAndDecaysAfterItsEnd() {
        // 400 mg/m² over 12 h: R = 800 mg/day/m²; C(t) = R/(k V)(1 - e^{-kt}) during, then decays
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 2,
                "  - {agent: 5-fluorouracil, dose: 400, route: iv_infusion, infusion_hours: 12, days: [0]}\n", ""), 0.25);
        double rate = 400 / 0.5;
        double atEnd = rate / (K10 * V1) * (1 - Math.exp(-K10 * 0.5));
        assertThat(s.at("fluorouracil_5_plasma", 0.25)).isCloseTo(rate / (K10 * V1) * (1 - Math.exp(-K10 * 0.25)), within(1e-8));
        assertThat(s.at("fluorouracil_5_plasma", 0.5)).isCloseTo(atEnd, within(1e-8));
        assertThat(s.at("fluorouracil_5_plasma", 1.5)).isCloseTo(atEnd * Math.exp(-K10), within(1e-8));
        assertThat(s.compiled.model().event("fluorouracil_5_dose_1_end")).isPresent();
    }

    @Test
    void oralDepotDoseFollowsTheBatemanFunction() {
        // C(t) = F D ka / (V (ka - k)) (e^{-k t} - e^{-ka t}), F = 1
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 2,
                "  - {agent: temozolomide, dose: 150, route: oral, days: [0]}\n", ""), 0.125);
        for (double t : new double[] {0.125, 0.5, 2.0}) {
            double expected = 150 * KA / (V1 * (KA - K10)) * (Math.exp(-K10 * t) - Math.exp(-KA * t));
            assertThat(s.at("temozolomide_plasma", t)).as("day %s", t).isCloseTo(expected, within(1e-8 * 150 / V1));
        }
    }

    @Test
    void doxorubicinTerminalHalfLifeIsInsideThePublished20To48Hours() {
        Simulation s = Simulation.run(Simulation.scenario("{law: gompertz, carrying_capacity: 3.0e12, rate_per_day: 0.003}",
                1e9, 10, "  - {agent: doxorubicin, dose: 60, days: [0]}\n", ""), 0.5);
        double c4 = s.at("doxorubicin_plasma", 4);
        double c8 = s.at("doxorubicin_plasma", 8);
        double halfLifeHours = 24 * 4 * Math.log(2) / Math.log(c4 / c8);
        assertThat(halfLifeHours).isBetween(20.0, 48.0);
        assertThat(halfLifeHours).isCloseTo(30.0, within(0.05));
        // peak: 60 mg/m² into V1 = 25 L/m²
        assertThat(s.at("doxorubicin_plasma", 0)).isCloseTo(60.0 / 25, within(1e-9));
    }
}
