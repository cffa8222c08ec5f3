package org.aftermath.tmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.Growth;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.Treatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled examples (repository folder {@code examples/}) read, and the burdens their comments
 * state follow from the discrete repopulation model of LITERATURE.md §1.4,
 * {@code N(next dose) = N(dose) * SF * 2^(interval / Td)}.
 */
class ExampleScenariosTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Burdens just before each applied dose, then the burden at the horizon. */
    static List<Double> preDoseBurdens(Scenario s) {
        List<Double> td = s.tumor().growth().values("doubling_days");
        Regimen regimen = Regimen.expand(s.treatments(), s.days());
        double n = s.tumor().cells();
        double t = 0;
        double currentTd = td.get(0);
        int killDoses = 0;
        List<Double> burdens = new ArrayList<>();
        for (Dose d : regimen.applied()) {
            n *= Math.pow(2, (d.day() - t) / currentTd);
            burdens.add(n);
            Treatment treatment = s.treatment(d.treatment()).orElseThrow();
            n *= ((Treatment.KillFraction) treatment).survivingFraction();
            killDoses++;
            currentTd = td.get(Math.min(killDoses, td.size()) - 1);
            t = d.day();
        }
        burdens.add(n * Math.pow(2, (s.days() - t) / currentTd));
        return burdens;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "figure-3a-td10, 6.208375e6",
        "figure-3a-td60, 4.287094e3",
        "figure-3b,      2.166150e8",
    })
    void exampleReadsAndMatchesItsHandComputedBurdenBeforeTheSeventhDose(String name, double expected) {
        Scenario s = ScenarioReader.read(EXAMPLES.resolve(name + ".yaml"));
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.days()).isEqualTo(147);
        assertThat(s.tumor().cells()).isEqualTo(1e9);
        Regimen regimen = Regimen.expand(s.treatments(), s.days());
        assertThat(regimen.applied()).extracting(Dose::day).containsExactly(0.0, 21.0, 42.0, 63.0, 84.0, 105.0, 126.0);
        assertThat(regimen.skipped()).isEmpty();
        double beforeSeventh = preDoseBurdens(s).get(6);
        assertThat(beforeSeventh).isCloseTo(expected, within(expected * 1e-6));
    }

    @Test
    void acceleratingRepopulationGivesRemissionThenRegrowth() {
        List<Double> burdens = preDoseBurdens(ScenarioReader.read(EXAMPLES.resolve("figure-3b.yaml")));
        int lowest = burdens.indexOf(burdens.stream().min(Double::compare).orElseThrow());
        assertThat(lowest).as("lowest pre-dose burden is before the 5th dose").isEqualTo(4);
        for (int k = 1; k <= lowest; k++) {
            assertThat(burdens.get(k)).isLessThan(burdens.get(k - 1));
        }
        for (int k = lowest + 1; k < burdens.size(); k++) {
            assertThat(burdens.get(k)).isGreaterThan(burdens.get(k - 1));
        }
        assertThat(burdens.get(burdens.size() - 1)).as("burden at day 147").isCloseTo(1.19436e9, within(1e-5 * 1.19436e9)).isGreaterThan(1e9);
    }
}
