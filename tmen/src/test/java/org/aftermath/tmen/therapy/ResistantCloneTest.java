package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Goldie–Coldman's pre-existing resistant clone ({@code tumor.resistant_clone}, clone-resistant.ant) against its
 * closed forms: two exponentials with different kill.
 */
class ResistantCloneTest {

    private static final double CELLS = 1e9;
    private static final double F = 0.01;
    private static final double ESCAPE = 0.8;
    private static final String CLONE = "\n  resistant_clone: {fraction: " + F + ", kill_escape: " + ESCAPE + "}";

    @Test
    void killFractionDosesHitTheCloneByOneMinusItsEscape() {
        // N(t) = N0 2^(t/Td) [(1 - f)(1 - k)^n + f (1 - (1 - e) k)^n] after n doses
        double k = 0.9;
        Simulation s = Simulation.run(Simulation.scenario("{law: exponential, doubling_days: 10}" + CLONE, CELLS, 35,
                "  - {name: chemo, kill_fraction: " + k + ", days: [7, 21]}\n", ""), 1);
        for (double t : new double[] {0, 5, 10, 20, 30, 35}) {
            int n = t < 7 ? 0 : t < 21 ? 1 : 2;
            double growth = CELLS * Math.pow(2, t / 10);
            double sensitive = growth * (1 - F) * Math.pow(1 - k, n);
            double resistant = growth * F * Math.pow(1 - (1 - ESCAPE) * k, n);
            assertThat(s.at("tumor_cells", t)).as("day %s", t)
                    .isCloseTo(sensitive + resistant, within(1e-8 * (sensitive + resistant)));
            assertThat(s.at("resistant_cells", t)).as("day %s", t).isCloseTo(resistant, within(1e-8 * resistant));
        }
    }

    @Test
    void theDrugKillOfTheCloneIsTheSensitiveCellsKillTimesOneMinusItsEscape() {
        // exponential growth r and Norton–Simon kill: ln(X(t)/X0) - r t = -(hit) r eps ∫E, with hit = 1 for the
        // sensitive cells and 1 - e for the clone, whatever the pharmacokinetics
        Simulation s = Simulation.run(Simulation.scenario("{law: exponential, doubling_days: 10}" + CLONE, CELLS, 6,
                "  - {agent: 5-fluorouracil, dose: 400, route: iv_bolus, days: [1]}\n", ""), 0.5);
        double r = Math.log(2) / 10;
        for (double t : new double[] {1.5, 3, 6}) {
            double resistant = s.at("resistant_cells", t);
            double sensitive = s.at("tumor_cells", t) - resistant;
            double killSensitive = Math.log(sensitive / ((1 - F) * CELLS)) - r * t;
            double killResistant = Math.log(resistant / (F * CELLS)) - r * t;
            assertThat(killSensitive).as("day %s", t).isLessThan(-0.01);
            assertThat(killResistant).as("day %s", t).isCloseTo((1 - ESCAPE) * killSensitive, within(1e-8));
        }
    }

    @Test
    void untreatedTheCloneKeepsItsShareUnderGompertzGrowth() {
        Simulation s = Simulation.run(Simulation.scenario("{law: gompertz, carrying_capacity: 3.0e12, rate_per_day:"
                + " 0.003}" + CLONE, CELLS, 60, "", ""), 10);
        assertThat(s.at("tumor_cells", 0)).isCloseTo(CELLS, within(1e-6));
        for (double t : new double[] {0, 30, 60}) {
            assertThat(s.at("resistant_cells", t) / s.at("tumor_cells", t)).as("day %s", t).isCloseTo(F, within(1e-10));
        }
        assertThat(s.at("tumor_cells", 60)).isGreaterThan(1.1 * CELLS);
    }

    @Test
    void aCloneValueOutsideItsRangeIsRefusedNamingTheKey() {
        String yaml = "name: t\ndays: 10\ntumor:\n  cells: 1e9\n  growth: {law: exponential, doubling_days: 10}\n"
                + "  resistant_clone: {fraction: 1.5}\n";
        assertThatThrownBy(() -> ScenarioReader.read(yaml, "bad.yaml")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("tumor.resistant_clone.fraction")
                .hasMessageContaining("[0, 1)");
        String unknown = yaml.replace("fraction: 1.5", "fractoin: 0.1");
        assertThatThrownBy(() -> ScenarioReader.read(unknown, "bad.yaml")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("tumor.resistant_clone.fractoin").hasMessageContaining("did you mean 'fraction'");
    }
}
