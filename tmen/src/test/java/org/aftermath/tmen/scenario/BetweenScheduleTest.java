package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedule form 3, {@code between: <treatment>}, against hand-listed dose days. */
class BetweenScheduleTest {

    private static Scenario read(String days, String chemo, String modulator) {
        return ScenarioReader.read("name: t\ndays: " + days + "\ntumor:\n  cells: 1.0e9\n  growth: {law: exponential, doubling_days: 10}\n"
                + "treatments:\n  - " + chemo + "\n  - " + modulator + "\n", "t.yaml");
    }

    private static List<Double> range(double from, double to) {
        List<Double> out = new ArrayList<>();
        for (double d = from; d <= to; d++) {
            out.add(d);
        }
        return out;
    }

    private static List<Double> days(Scenario s) {
        return s.treatments().get(1).schedule().doseDays();
    }

    @Test
    void theIssuesExampleFallsOnDays2To19AndAfterTheLastDose() {
        Scenario s = read("42", "{agent: doxorubicin, dose: 60, start_day: 0, every_days: 21, cycles: 2}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicin, gap_days: 2}");
        List<Double> expected = range(2, 19);
        expected.addAll(range(23, 40)); // last dose day 21: q = 21 + every_days 21 = 42, last dose <= 42 - 2
        assertThat(days(s)).containsExactlyElementsOf(expected);
    }

    @Test
    void theWindowAfterTheLastDoseIsCappedAtTheHorizon() {
        Scenario s = read("30", "{agent: doxorubicin, dose: 60, start_day: 0, every_days: 21, cycles: 2}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicin, gap_days: 2}");
        List<Double> expected = range(2, 19);
        expected.addAll(range(23, 28)); // q = min(42, 30) = 30
        assertThat(days(s)).containsExactlyElementsOf(expected);
    }

    @Test
    void afterLastDaysOffsetAndDurationShapeTheWindows() {
        Scenario s = read("60", "{agent: doxorubicin, dose: 60, days: [0, 21]}",
                "{agent: sulfasalazine, dose: 1000, every_days: 2, between: doxorubicin, offset_days: 1,"
                        + " duration_days: 6, after_last_days: 5}");
        // window 1: 1, 3, 5, 7 (<= 0 + 1 + 6; q = 21, no gap); window 2: q = 26, 22, 24, 26 (<= 28 and <= 26)
        assertThat(days(s)).containsExactly(1.0, 3.0, 5.0, 7.0, 22.0, 24.0, 26.0);
    }

    @Test
    void aListedScheduleWithoutEveryDaysRunsItsLastWindowToTheHorizon() {
        Scenario s = read("10", "{agent: doxorubicin, dose: 60, days: [0, 4]}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicin, gap_days: 1}");
        assertThat(days(s)).containsExactly(1.0, 2.0, 3.0, 5.0, 6.0, 7.0, 8.0, 9.0);
    }

    @Test
    void aDaySharedByTwoWindowsIsDosedOnce() {
        Scenario s = read("10", "{agent: doxorubicin, dose: 60, days: [0, 2]}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicin, after_last_days: 2}");
        assertThat(days(s)).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void namingNoEarlierTreatmentListsTheAllowedOnes() {
        assertThatThrownBy(() -> read("42", "{agent: doxorubicin, dose: 60, every_days: 21, cycles: 2}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicn, gap_days: 2}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("t.yaml: treatments[1].between: names no treatment declared before this one with its own"
                        + " schedule (allowed: doxorubicin)");
    }

    @Test
    void twoScheduleFormsAreRefused() {
        assertThatThrownBy(() -> read("42", "{agent: doxorubicin, dose: 60, every_days: 21, cycles: 2}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, cycles: 3, between: doxorubicin, gap_days: 2}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("t.yaml: treatments[1].cycles: does not combine with between (give exactly one schedule form:"
                        + " between/every_days with gap_days or offset_days, duration_days, after_last_days)");
        assertThatThrownBy(() -> read("42", "{agent: doxorubicin, dose: 60, every_days: 21, cycles: 2}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, cycles: 3, gap_days: 2}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("t.yaml: treatments[1].gap_days: belongs to the between schedule form (between: <treatment>"
                        + " with every_days)");
    }

    @Test
    void aGapThatLeavesNoDoseIsRefused() {
        assertThatThrownBy(() -> read("42", "{agent: doxorubicin, dose: 60, every_days: 2, cycles: 3}",
                "{agent: sulfasalazine, dose: 1000, every_days: 1, between: doxorubicin, gap_days: 5}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml: treatments[1]: no dose falls in the windows between the doses of doxorubicin");
    }
}
