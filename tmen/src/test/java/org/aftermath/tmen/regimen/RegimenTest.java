package org.aftermath.tmen.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.Schedule;
import org.aftermath.tmen.scenario.Treatment;
import org.junit.jupiter.api.Test;

class RegimenTest {

    private static Treatment every(String name, double start, double every, int cycles) {
        return new Treatment.KillFraction(name, 0.5, new Schedule.Periodic(start, every, cycles));
    }

    private static Treatment onDays(String name, Double... days) {
        return new Treatment.KillFraction(name, 0.25, new Schedule.OnDays(List.of(days)));
    }

    @Test
    void periodicScheduleExpandsToStartPlusMultiplesOfTheInterval() {
        Regimen r = Regimen.expand(List.of(every("chemo", 0, 21, 7)), 147);
        assertThat(r.applied()).extracting(Dose::day, Dose::index, Dose::eventId).containsExactly(
                tuple(0.0, 1, "chemo_dose_1"), tuple(21.0, 2, "chemo_dose_2"), tuple(42.0, 3, "chemo_dose_3"),
                tuple(63.0, 4, "chemo_dose_4"), tuple(84.0, 5, "chemo_dose_5"), tuple(105.0, 6, "chemo_dose_6"),
                tuple(126.0, 7, "chemo_dose_7"));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(Regimen.expand(List.of(every("x", 2.5, 0.5, 3)), 10).applied())
                .extracting(Dose::day).containsExactly(2.5, 3.0, 3.5);
    }

    @Test
    void listedDaysAreSortedAndNumberedInTimeOrder() {
        Regimen r = Regimen.expand(List.of(onDays("radio", 14.0, 0.0, 7.0)), 30);
        assertThat(r.applied()).extracting(Dose::day, Dose::index).containsExactly(
                tuple(0.0, 1), tuple(7.0, 2), tuple(14.0, 3));
    }

    @Test
    void simultaneousDosesFollowTreatmentDeclarationOrder() {
        Treatment a = onDays("a", 42.0, 21.0);
        Treatment b = every("b", 0, 21, 3);
        assertThat(Regimen.expand(List.of(a, b), 100).applied()).extracting(Dose::eventId).containsExactly(
                "b_dose_1", "a_dose_1", "b_dose_2", "a_dose_2", "b_dose_3");
        assertThat(Regimen.expand(List.of(b, a), 100).applied()).extracting(Dose::eventId).containsExactly(
                "b_dose_1", "b_dose_2", "a_dose_1", "b_dose_3", "a_dose_2");
    }

    @Test
    void doseOnTheHorizonIsAppliedAndLaterOnesAreSkippedWithAWarning() {
        Regimen r = Regimen.expand(List.of(every("chemo", 0, 21, 9), onDays("boost", 150.0)), 147);
        assertThat(r.days()).isEqualTo(147);
        assertThat(r.applied()).extracting(Dose::day).endsWith(126.0, 147.0);
        assertThat(r.applied()).hasSize(8);
        assertThat(r.skipped()).extracting(Dose::day, Dose::eventId).containsExactly(
                tuple(150.0, "boost_dose_1"), tuple(168.0, "chemo_dose_9"));
        assertThat(r.warnings()).containsExactly(
                "boost: 1 dose after the horizon (day 147) skipped, on day 150",
                "chemo: 1 dose after the horizon (day 147) skipped, on day 168");
    }

    @Test
    void warningListsTheFirstFiveSkippedDaysAndCountsTheRest() {
        Regimen r = Regimen.expand(List.of(every("daily", 0.5, 1, 12)), 4);
        assertThat(r.applied()).extracting(Dose::day).containsExactly(0.5, 1.5, 2.5, 3.5);
        assertThat(r.skipped()).hasSize(8);
        assertThat(r.warnings()).containsExactly(
                "daily: 8 doses after the horizon (day 4) skipped, on days 4.5, 5.5, 6.5, 7.5, 8.5 and 3 more");
    }

    @Test
    void noTreatmentsGiveNoDoses() {
        Regimen r = Regimen.expand(List.of(), 10);
        assertThat(r.applied()).isEmpty();
        assertThat(r.skipped()).isEmpty();
        assertThat(DoseTable.format(r, Map.of())).isEqualTo("no doses\n");
    }

    @Test
    void horizonMustBePositive() {
        assertThatThrownBy(() -> Regimen.expand(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doseTableAlignsColumnsAndMarksSkippedDoses() {
        Regimen r = Regimen.expand(List.of(every("chemo", 0, 21, 2), onDays("radiotherapy", 10.5, 30.0)), 21);
        String table = DoseTable.format(r, Map.of("chemo", 0.9, "radiotherapy", 0.25));
        assertThat(table).isEqualTo("""
                 day  treatment     dose  kill fraction  note
                   0  chemo            1            0.9
                10.5  radiotherapy     1           0.25
                  21  chemo            2            0.9
                  30  radiotherapy     2           0.25  skipped: after day 21
                """);
        assertThat(DoseTable.format(Regimen.expand(List.of(every("chemo", 0, 21, 2)), 21), Map.of("chemo", 0.8)))
                .isEqualTo("""
                        day  treatment  dose  kill fraction
                          0  chemo         1            0.8
                         21  chemo         2            0.8
                        """);
        assertThatThrownBy(() -> DoseTable.format(r, Map.of("chemo", 0.9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radiotherapy");
    }
}
