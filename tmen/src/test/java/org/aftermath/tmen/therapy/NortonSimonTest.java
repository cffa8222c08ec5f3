package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Agent-driven kill, dN/dt = G(N) (1 - eps E(C)) with E = C/(EC50 + C) (LITERATURE.md §1.3):
 * closed form under exponential growth, and the two Norton-Simon consequences on the shipped
 * defaults (Gompertz growth, doxorubicin module).
 */
class NortonSimonTest {

    private static final String GOMPERTZ = "{law: gompertz, carrying_capacity: 3.0e12, rate_per_day: 0.003}";
    private static final double K = 3e12;
    private static final double A = 0.003;

    @Test
    void exponentialGrowthWithOneCompartmentBolusMatchesTheClosedForm() {
        // ln N(t) = ln N0 + r t - r eps (1/k) ln((EC50 + C0) / (EC50 + C0 e^{-k (t - 1)})), t >= 1
        // generic module: V1 20 L/m², k 1.386 /day, EC50 1 mg/L, eps 2.3, h 1; 400 mg/m² -> C0 = 20 mg/L
        Simulation s = Simulation.run(Simulation.scenario("{law: exponential, doubling_days: 10}", 1e9, 6,
                "  - {agent: 5-fluorouracil, dose: 400, route: iv_bolus, days: [1]}\n", ""), 0.5);
        double r = Math.log(2) / 10;
        double k = 1.386;
        double c0 = 20;
        for (double t : new double[] {1.5, 3, 6}) {
            double integralOfEffect = Math.log((1 + c0) / (1 + c0 * Math.exp(-k * (t - 1)))) / k;
            double expected = 1e9 * Math.exp(r * t - r * 2.3 * integralOfEffect);
            assertThat(s.at("tumor_cells", t)).as("day %s", t).isCloseTo(expected, within(1e-8 * expected));
        }
        assertThat(s.at("tumor_cells", 1)).isCloseTo(1e9 * Math.exp(r), within(1e-8 * 1e9));
    }

    @Test
    void hillCoefficientTwoMatchesItsClosedForm() {
        // E = C²/(EC50² + C²): integral = (1/(2k)) ln((EC50² + C0²) / (EC50² + C0² e^{-2k(t-1)}))
        Simulation s = Simulation.run(Simulation.scenario("{law: exponential, doubling_days: 10}", 1e9, 4,
                "  - {agent: 5-fluorouracil, dose: 400, route: iv_bolus, days: [1]}\n",
                "parameters: {fluorouracil_5_hill: 2}\n"), 1);
        double r = Math.log(2) / 10;
        double k = 1.386;
        double integral = Math.log((1 + 400.0) / (1 + 400 * Math.exp(-2 * k * 3))) / (2 * k);
        double expected = 1e9 * Math.exp(r * 4 - r * 2.3 * integral);
        assertThat(s.at("tumor_cells", 4)).isCloseTo(expected, within(1e-8 * expected));
    }

    @Test
    void aSmallerTumourLosesALargerFractionToTheSameCourse() {
        double small = survivingFractionOfOneDose(1e8);
        double large = survivingFractionOfOneDose(1e11);
        // r(N) = a ln(K/N): 0.0309 /day at 1e8 vs 0.0102 /day at 1e11
        assertThat(small).isLessThan(large);
        assertThat(Math.log10(small)).isLessThan(2 * Math.log10(large));
    }

    /** @return N(21) treated / N(21) untreated (closed form) after 60 mg/m² doxorubicin on day 0 */
    private static double survivingFractionOfOneDose(double cells) {
        Simulation s = Simulation.run(Simulation.scenario(GOMPERTZ, cells, 21,
                "  - {agent: doxorubicin, dose: 60, days: [0]}\n", ""), 1);
        double untreated = K * Math.exp(Math.log(cells / K) * Math.exp(-A * 21));
        return s.at("tumor_cells", 21) / untreated;
    }

    @Test
    void aDoseDenseScheduleBeatsTheSameTotalDoseGivenMoreSparsely() {
        Simulation dense = Simulation.run(Simulation.scenario(GOMPERTZ, 1e9, 126,
                "  - {agent: doxorubicin, dose: 60, every_days: 14, cycles: 6}\n", ""), 1);
        Simulation sparse = Simulation.run(Simulation.scenario(GOMPERTZ, 1e9, 126,
                "  - {agent: doxorubicin, dose: 60, every_days: 21, cycles: 6}\n", ""), 1);
        assertThat(dense.nadir.nadir()).isLessThan(sparse.nadir.nadir() / 2);
        // and at the end of each course (one interval after the last dose)
        assertThat(dense.at("tumor_cells", 84)).isLessThan(sparse.at("tumor_cells", 126));
    }

    @Test
    void killFractionTreatmentsKeepTheirSizeIndependentMeaning() {
        Simulation s = Simulation.run(Simulation.scenario("{law: exponential, doubling_days: 10}", 1e9, 1,
                "  - {name: chemo, kill_fraction: 0.9, days: [1]}\n", ""), 1);
        assertThat(s.at("tumor_cells", 1)).isCloseTo(1e9 * Math.pow(2, 0.1) * 0.1, within(1e-8 * 1e8));
    }
}
