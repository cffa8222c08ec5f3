package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.NearestNames;
import org.junit.jupiter.api.Test;

/** The records enforce their invariants when built in code, not only when read from YAML. */
class ScenarioRecordsTest {

    private static final Tumor TUMOR = new Tumor(1e9, Growth.exponential(List.of(10.0)));

    private static Treatment chemo(String name, int cycles) {
        return new Treatment.KillFraction(name, 0.9, new Schedule.Periodic(0, 21, cycles));
    }

    @Test
    void scenarioRejectsBadNamesHorizonsAndDuplicateTreatments() {
        assertThatThrownBy(() -> new Scenario("a/b", 10, TUMOR, List.of(), Map.of(), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scenario("...", 10, TUMOR, List.of(), Map.of(), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scenario("a", Double.POSITIVE_INFINITY, TUMOR, List.of(), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scenario("a", 10, TUMOR, List.of(chemo("c", 1), chemo("c", 2)), Map.of(), "x"))
                .hasMessage("duplicate treatment name 'c'");
        assertThat(Scenario.validName("fig-3a.td_10")).isTrue();
    }

    @Test
    void doublingTimesMayNotOutnumberKillDoses() {
        Tumor accelerating = new Tumor(1e9, Growth.exponential(List.of(60.0, 40.0, 25.0)));
        assertThat(new Scenario("a", 100, accelerating, List.of(chemo("c", 2), chemo("d", 1)), Map.of(), "x").treatments()).hasSize(2);
        assertThatThrownBy(() -> new Scenario("a", 100, accelerating, List.of(chemo("c", 2)), Map.of(), "x"))
                .hasMessage("3 doubling times but at most 2 allowed by the kill doses");
    }

    @Test
    void parametersKeepTheirOrderAndCannotBeChanged() {
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("z", 1.0);
        given.put("a", 2.0);
        Scenario s = new Scenario("a", 10, TUMOR, List.of(), given, "x");
        assertThat(s.parameters().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> s.parameters().put("b", 3.0)).isInstanceOf(UnsupportedOperationException.class);
        given.put("nan", Double.NaN);
        assertThatThrownBy(() -> new Scenario("a", 10, TUMOR, List.of(), given, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulesAndGrowthLawsCheckTheirValues() {
        assertThat(new Schedule.OnDays(List.of(21.0, 0.0)).doseDays()).containsExactly(0.0, 21.0);
        assertThatThrownBy(() -> new Schedule.OnDays(List.of(1.0, 1.0))).hasMessage("day 1.0 is listed twice");
        assertThatThrownBy(() -> new Schedule.OnDays(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule.Periodic(0, 21, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule.Periodic(0, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Schedule.Periodic(1, 2, 3).doseCount()).isEqualTo(3);
        assertThatThrownBy(() -> new Treatment.KillFraction("c", 1.0, new Schedule.Periodic(0, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Treatment.KillFraction("5 fu", 0.5, new Schedule.Periodic(0, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Treatment.KillFraction("c", 0.75, new Schedule.Periodic(0, 1, 1)).survivingFraction()).isEqualTo(0.25);
        assertThatThrownBy(() -> Growth.exponential(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tumor(1e9, Growth.gompertz(1e9, 0.1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tumor(1e9, Growth.gompertzDoubling(5e8, 30))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Tumor(1e9, Growth.gompertzDoubling(1e12, 30)).growth().law()).isEqualTo("gompertz");
    }

    @Test
    void nearestNamesSuggestsCloseSpellingsOnly() {
        List<String> keys = List.of("name", "days", "tumor", "treatments", "parameters");
        assertThat(NearestNames.didYouMean("tumour", keys)).contains("tumor");
        assertThat(NearestNames.didYouMean("Treatment", keys)).contains("treatments");
        assertThat(NearestNames.didYouMean("seed", keys)).isEmpty();
        assertThat(NearestNames.closest("doubling_day", List.of("gompertz_rate", "doubling_days", "carrying_capacity"), 2))
                .containsExactly("doubling_days", "gompertz_rate");
        assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
    }
}
