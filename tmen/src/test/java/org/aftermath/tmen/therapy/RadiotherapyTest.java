package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LQ fractions, accelerated repopulation and BED (LITERATURE.md §1.5). */
class RadiotherapyTest {

    private static final String COURSE = "  - {agent: radiation, dose: 2, fractions: 35, weekdays: true}\n";
    private static final String EXPONENTIAL = "{law: exponential, doubling_days: 10}";

    @Test
    void thirtyFiveWeekdayFractionsSpanFortySixDaysAndGiveTheWorkedBed() {
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 50, COURSE, ""), 1);
        Radiotherapy rt = s.compiled.radiotherapy();
        assertThat(rt.fractions()).isEqualTo(35);
        assertThat(rt.overallDays()).isEqualTo(46.0);
        assertThat(rt.fractionDays().subList(0, 7)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 7.0, 8.0);
        // LITERATURE.md §1.5: 84.0 - 16.5 = 67.5 Gy10; late BED3 = 116.7 Gy3
        double bed = rt.tumorBed(0.35, 0.035, 3, 21);
        assertThat(bed).isCloseTo(84.0 - Math.log(2) * 25 / (0.35 * 3), within(1e-12));
        assertThat(bed).isCloseTo(67.5, within(0.01));
        assertThat(rt.lateBed(3)).isCloseTo(70 * (1 + 2.0 / 3), within(1e-12));
        assertThat(rt.survivingFraction(0.35, 0.035)).isCloseTo(0.432, within(0.0005));
    }

    @Test
    void burdenFollowsLqKillsWithRepopulationAcceleratedFromKickOffToTheLastFraction() {
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 50, COURSE, ""), 1);
        double r = Math.log(2) / 10;
        double fast = Math.log(2) / 3;
        double sf = Math.exp(-0.35 * 2 - 0.035 * 4);
        // day 20 (before kick-off on day 21): 15 fractions given (days 0..18)
        assertThat(s.at("tumor_cells", 20)).isCloseTo(1e9 * Math.exp(r * 20) * Math.pow(sf, 15), within(1e-7 * 1e9 * Math.exp(r * 20) * Math.pow(sf, 15)));
        double expected = 1e9 * Math.exp(r * 21 + fast * 25 + r * 4) * Math.pow(sf, 35);
        assertThat(s.at("tumor_cells", 50)).isCloseTo(expected, within(1e-7 * expected));
    }

    @Test
    void parametersOverrideTheDefaultsAndAKickOffAfterTheCourseNeverAccelerates() {
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 50, COURSE,
                "parameters: {rt_kickoff_days: 60, rt_alpha_tumor: 0.3}\n"), 1);
        double sf = Math.exp(-0.3 * 2 - 0.035 * 4);
        double expected = 1e9 * Math.exp(Math.log(2) / 10 * 50) * Math.pow(sf, 35);
        assertThat(s.at("tumor_cells", 50)).isCloseTo(expected, within(1e-7 * expected));
        assertThat(s.compiled.parameter("rt_alpha_tumor")).isEqualTo(0.3);
    }

    @Test
    void fractionsAfterTheHorizonAreNotCounted() {
        Simulation s = Simulation.run(Simulation.scenario(EXPONENTIAL, 1e9, 9.5, COURSE, ""), 0.5);
        assertThat(s.compiled.radiotherapy().fractionDays()).isEqualTo(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 7.0, 8.0, 9.0));
    }
}
