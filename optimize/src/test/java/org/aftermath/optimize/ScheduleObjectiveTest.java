package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The objectives read from runs, against hand-computed values. */
class ScheduleObjectiveTest {

    private static double evaluate(ScheduleObjective o, String yaml) {
        return new SinglePatient(o, RunOptions.DEFAULT).evaluate(ScenarioReader.read(yaml, "t.yaml"));
    }

    /**
     * Untreated, doubling every 10 days, scanned weekly: progression needs the diameter 1.2 x its
     * minimum, i.e. the burden 1.728 x; on day 7 it is 2^0.7 = 1.62 x, on day 14 2^1.4 = 2.64 x.
     */
    @Test
    void progressionFreeDaysIsTheFirstScanShowingProgression() {
        String yaml = """
                name: untreated
                days: 60
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                endpoints: {assessment: 7}
                """;
        assertThat(evaluate(ScheduleObjective.PROGRESSION_FREE_DAYS, yaml)).isEqualTo(14.0);
        assertThat(evaluate(ScheduleObjective.LOG10_FINAL_BURDEN, yaml)).isCloseTo(9 + 6 * Math.log10(2), within(1e-8));
    }

    /** Without progression within the horizon the time is censored at the horizon. */
    @Test
    void progressionFreeDaysIsCensoredAtTheHorizon() {
        assertThat(evaluate(ScheduleObjective.PROGRESSION_FREE_DAYS, """
                name: short
                days: 6
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                endpoints: {assessment: 7}
                """)).isEqualTo(6.0);
    }

    @Test
    void improvementIsPositiveWhenBetter() {
        assertThat(ScheduleObjective.LOG10_FINAL_BURDEN.improvement(9.0, 10.0)).isEqualTo(1.0);
        assertThat(ScheduleObjective.PROGRESSION_FREE_DAYS.improvement(30.0, 20.0)).isEqualTo(10.0);
        assertThat(ScheduleObjective.PROGRESSION_FREE_DAYS.better(30.0, 20.0)).isTrue();
        assertThat(ScheduleObjective.LOG10_FINAL_BURDEN.better(30.0, 20.0)).isFalse();
        assertThatThrownBy(() -> ScheduleObjective.of("volume")).hasMessage("unknown objective 'volume' (allowed:"
                + " log10_final_burden, progression_free_days)");
    }
}
