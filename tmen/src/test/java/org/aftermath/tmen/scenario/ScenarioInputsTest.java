package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.regimen.Dose;
import org.junit.jupiter.api.Test;

/** {@link ScenarioInputs}: every path sets exactly its value; ranges, multipliers, errors, compiled effect. */
class ScenarioInputsTest {

    static final String ALL_FORMS = """
            name: v
            days: 100
            tumor:
              cells: 1.0e9
              growth: {law: gompertz, carrying_capacity: 1.0e12, doubling_days: 20}
            treatments:
              - {name: chemo, kill_fraction: 0.5, start_day: 0, every_days: 21, cycles: 4}
              - {name: dox, agent: doxorubicin, dose: 60, route: iv_infusion, infusion_hours: 2, days: [0, 21, 42]}
              - {name: rt, agent: radiation, dose: 2, start_day: 0, fractions: 10, weekdays: true}
              - {name: mod, kill_fraction: 0.1, between: chemo, every_days: 2, offset_days: 3, duration_days: 6}
            patient: {bsa_m2: 1.8, weight_kg: 70}
            """;

    static final String ACCELERATING = """
            name: acc
            days: 60
            tumor:
              cells: 1.0e9
              growth: {law: exponential, doubling_days: [10, 5]}
            treatments:
              - {name: chemo, kill_fraction: 0.9, every_days: 21, cycles: 3}
            """;

    static final String RATE = """
            name: rate
            days: 60
            tumor:
              cells: 1.0e9
              growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.01}
            endpoints: {assessment: 14}
            """;

    private static Scenario read(String yaml) {
        return ScenarioReader.read(yaml, "v.yaml");
    }

    private static Scenario set(Scenario s, String path, double value) {
        return ScenarioInputs.apply(s, Map.of(path, value));
    }

    private static double valueOf(Scenario s, String path) {
        OptionalDouble v = ScenarioInputs.value(s, path);
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    /** A valid value different from the scenario's own. */
    private static double another(Scenario s, String path) {
        double base = valueOf(s, path);
        if (ScenarioInputs.isMultiplier(s, path)) {
            return 1.5;
        }
        if (Double.isNaN(base)) {
            return 0.7;
        }
        if (path.endsWith(".cycles") || path.endsWith(".fractions")) {
            return base - 1;
        }
        return base == 0 ? 1 : base * 1.25;
    }

    @Test
    void listsThePathsOfEachTreatmentScheduleAndGrowthLaw() {
        assertThat(ScenarioInputs.paths(read(ALL_FORMS))).containsExactly(
                "tumor.cells", "tumor.growth.carrying_capacity", "tumor.growth.doubling_days",
                "treatments.chemo.kill_fraction", "treatments.chemo.start_day", "treatments.chemo.every_days",
                "treatments.chemo.cycles",
                "treatments.dox.dose", "treatments.dox.infusion_hours", "treatments.dox.days",
                "treatments.rt.dose", "treatments.rt.start_day", "treatments.rt.fractions",
                "treatments.mod.kill_fraction", "treatments.mod.every_days", "treatments.mod.offset_days",
                "treatments.mod.gap_days", "treatments.mod.duration_days", "treatments.mod.after_last_days",
                "stroma.fibroblast", "stroma.endothelial", "stroma.immune", "patient.bsa_m2", "patient.weight_kg",
                "endpoints.cells_per_cm3", "endpoints.partial_response_change", "endpoints.progression_change",
                "endpoints.detectable_cells");
        assertThat(ScenarioInputs.paths(read(RATE))).contains("tumor.growth.rate_per_day")
                .doesNotContain("tumor.growth.doubling_days");
    }

    @Test
    void eachPathChangesExactlyItsValue() {
        Scenario base = read(ALL_FORMS);
        List<String> paths = ScenarioInputs.paths(base);
        for (String path : paths) {
            if (ScenarioInputs.isMultiplier(base, path)) {
                continue;
            }
            double v = another(base, path);
            Scenario changed = set(base, path, v);
            assertThat(valueOf(changed, path)).as(path).isEqualTo(v);
            for (String other : paths) {
                boolean coupled = path.equals("treatments.mod.gap_days") && other.equals("treatments.mod.offset_days");
                if (!other.equals(path) && !coupled) {
                    assertThat(ScenarioInputs.value(changed, other)).as("%s after setting %s", other, path)
                            .isEqualTo(ScenarioInputs.value(base, other));
                }
            }
            assertThat(changed.parameters()).isEqualTo(base.parameters());
            assertThat(changed.variability()).isEqualTo(base.variability());
            assertThat(changed.name()).isEqualTo(base.name());
            assertThat(changed.days()).isEqualTo(base.days());
        }
    }

    @Test
    void setsTheRecordsAsTheFileWould() {
        Scenario base = read(ALL_FORMS);
        assertThat(set(base, "tumor.growth.doubling_days", 30).tumor().growth())
                .isEqualTo(Growth.gompertzDoubling(1e12, 30));
        assertThat(((Treatment.AgentTreatment) set(base, "treatments.dox.dose", 75).treatments().get(1)).agent().dose())
                .isEqualTo(75.0);
        assertThat(set(base, "treatments.chemo.cycles", 2).treatments().get(0).schedule())
                .isEqualTo(new Schedule.Periodic(0, 21, 2));
        assertThat(set(base, "treatments.rt.start_day", 7).treatments().get(2).schedule())
                .isEqualTo(new Schedule.Weekdays(7, 10));
        assertThat(set(base, "patient.weight_kg", 80).patient()).isEqualTo(new Patient(1.8, 80));
        Scenario stroma = set(base, "stroma.immune", 0.4);
        assertThat(stroma.microenvironment().stroma()).containsExactly(Map.entry("immune", 0.4));
        assertThat(stroma.microenvironment().requested()).isTrue();
        assertThat(set(read(RATE), "tumor.growth.rate_per_day", 0.02).tumor().growth())
                .isEqualTo(Growth.gompertz(1e12, 0.02));
        assertThat(set(read(RATE), "endpoints.progression_change", 0.25).endpoints())
                .isEqualTo(new EndpointSettings(1e9, -0.3, 0.25, 1e8, new EndpointSettings.EveryDays(14.0)));
        Scenario p = ScenarioInputs.apply(base, Map.of("parameters.k_x", 2.0));
        assertThat(p.parameters()).containsExactly(Map.entry("k_x", 2.0));
        assertThat(ScenarioInputs.value(p, "parameters.k_x")).hasValue(2.0);
        assertThat(ScenarioInputs.value(base, "parameters.k_x")).isEmpty();
        assertThat(ScenarioInputs.apply(base, Map.of())).isSameAs(base);
    }

    @Test
    void aListValuedInputTakesACommonMultiplier() {
        Scenario base = read(ALL_FORMS);
        assertThat(ScenarioInputs.isMultiplier(base, "treatments.dox.days")).isTrue();
        assertThat(ScenarioInputs.value(base, "treatments.dox.days")).hasValue(1.0);
        assertThat(set(base, "treatments.dox.days", 1.5).treatments().get(1).schedule())
                .isEqualTo(new Schedule.OnDays(List.of(0.0, 31.5, 63.0)));
        Scenario acc = read(ACCELERATING);
        assertThat(ScenarioInputs.isMultiplier(acc, "tumor.growth.doubling_days")).isTrue();
        assertThat(set(acc, "tumor.growth.doubling_days", 2).tumor().growth())
                .isEqualTo(Growth.exponential(List.of(20.0, 10.0)));
        assertThat(ScenarioInputs.isMultiplier(base, "tumor.growth.doubling_days")).isFalse();
        assertThatThrownBy(() -> set(acc, "tumor.growth.doubling_days", 0)).isInstanceOf(ScenarioException.class)
                .hasMessage("v.yaml: variability.tumor.growth.doubling_days: must be > 0 (a common multiplier of the"
                        + " listed values) (got 0.0)");
    }

    @Test
    void aBetweenScheduleFollowsAChangedSchedule() {
        Scenario base = read(ALL_FORMS);
        assertThat(base.treatments().get(3).schedule().doseDays())
                .containsExactly(3.0, 5.0, 7.0, 9.0, 24.0, 26.0, 28.0, 30.0, 45.0, 47.0, 49.0, 51.0, 66.0, 68.0, 70.0, 72.0);
        // chemo on 0, 28, 56, 84; windows [p + 3, p + 9], the last capped by the horizon 100 only
        assertThat(set(base, "treatments.chemo.every_days", 28).treatments().get(3).schedule().doseDays())
                .containsExactly(3.0, 5.0, 7.0, 9.0, 31.0, 33.0, 35.0, 37.0, 59.0, 61.0, 63.0, 65.0, 87.0, 89.0, 91.0, 93.0);
        // gap 4: first dose 4 days after each chemo dose, last at most 4 days before the next
        Schedule.Between gap = (Schedule.Between) set(base, "treatments.mod.gap_days", 4).treatments().get(3).schedule();
        assertThat(gap.offsetDays()).isEqualTo(4.0);
        assertThat(gap.doseDays()).startsWith(4.0, 6.0, 8.0, 10.0, 25.0);
    }

    @Test
    void severalValuesApplyTogether() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("tumor.cells", 2e9);
        values.put("treatments.chemo.kill_fraction", 0.8);
        values.put("parameters.a", 1.0);
        Scenario s = ScenarioInputs.apply(read(ALL_FORMS), values);
        assertThat(s.tumor().cells()).isEqualTo(2e9);
        assertThat(((Treatment.KillFraction) s.treatments().get(0)).fraction()).isEqualTo(0.8);
        assertThat(s.parameters()).containsEntry("a", 1.0);
    }

    @Test
    void refusesUnknownPathsAndValuesOutOfRange() {
        Scenario base = read(ALL_FORMS);
        assertThatThrownBy(() -> set(base, "tumor.cells", -1)).isInstanceOf(ScenarioException.class)
                .hasMessage("v.yaml: variability.tumor.cells: must be > 0 and <= 1e15 (got -1.0)");
        assertThatThrownBy(() -> set(base, "treatments.chemo.kill_fraction", 1)).isInstanceOf(ScenarioException.class)
                .hasMessage("v.yaml: variability.treatments.chemo.kill_fraction: must be in [0, 1) (got 1.0)");
        assertThatThrownBy(() -> set(base, "treatments.chemo.cycles", 2.5)).isInstanceOf(ScenarioException.class)
                .hasMessage("v.yaml: variability.treatments.chemo.cycles: must be a whole number in 1 .. 10000 (got 2.5)");
        assertThatThrownBy(() -> set(base, "endpoints.partial_response_change", 0.1))
                .hasMessage("v.yaml: variability.endpoints.partial_response_change: must be in (-1, 0) (got 0.1)");
        assertThatThrownBy(() -> set(base, "parameters.k", Double.NaN))
                .hasMessage("v.yaml: variability.parameters.k: must be a finite number (got NaN)");
        assertThatThrownBy(() -> set(base, "tumor.cell", 1)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("v.yaml: variability.tumor.cell: unknown input (allowed: tumor.cells, "
                        + "tumor.growth.carrying_capacity, tumor.growth.doubling_days, treatments.chemo.kill_fraction,")
                .hasMessageEndingWith("endpoints.detectable_cells, parameters.NAME); did you mean 'tumor.cells'?");
        assertThatThrownBy(() -> set(base, "tumor.growth.rate_per_day", 1)).hasMessageContaining("unknown input");
        assertThatThrownBy(() -> set(base, "treatments.cisplatin.dose", 1))
                .hasMessage("v.yaml: variability.treatments.cisplatin.dose: 'cisplatin' names no treatment of this"
                        + " scenario (treatments: chemo, dox, rt, mod)");
        assertThatThrownBy(() -> set(base, "treatments.chemo.dose", 1))
                .hasMessage("v.yaml: variability.treatments.chemo.dose: treatment 'chemo' has no input 'dose' (its"
                        + " inputs: kill_fraction, start_day, every_days, cycles)");
        assertThatThrownBy(() -> set(base, "parameters.2x", 1))
                .hasMessageContaining("'2x' is not a parameter name");
        assertThatThrownBy(() -> set(base, "tumor.growth.carrying_capacity", 1e8))
                .hasMessage("v.yaml: variability.tumor.growth.carrying_capacity: gives an invalid scenario:"
                        + " carrying_capacity (1.0E8) must exceed cells (1.0E9)");
        assertThatThrownBy(() -> set(read(ACCELERATING), "treatments.chemo.cycles", 1))
                .hasMessage("v.yaml: variability.treatments.chemo.cycles: gives an invalid scenario:"
                        + " 2 doubling times but at most 1 allowed by the kill doses");
    }

    @Test
    void stromaIsNoInputWhenTheMicroenvironmentIsOff() {
        Scenario off = read(RATE + "microenvironment: false\n");
        assertThat(ScenarioInputs.paths(off)).noneMatch(p -> p.startsWith("stroma."));
        assertThatThrownBy(() -> set(off, "stroma.immune", 1))
                .hasMessage("v.yaml: variability.stroma.immune: not allowed with microenvironment: false"
                        + " (the stroma is switched off)");
    }

    @Test
    void appliedValuesReachTheCompiledModel() {
        Scenario base = read("""
                name: c
                days: 30
                tumor:
                  cells: 1.0e9
                  growth: {law: exponential, doubling_days: 10}
                treatments:
                  - {agent: doxorubicin, dose: 60, days: [0, 21]}
                """);
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("parameters.doxorubicin_ec50", 0.2);
        values.put("treatments.doxorubicin.dose", 75.0);
        values.put("treatments.doxorubicin.days", 0.5);
        CompiledScenario before = ScenarioCompiler.compile(base, Map.of());
        CompiledScenario after = ScenarioCompiler.compile(ScenarioInputs.apply(base, values), Map.of());
        assertThat(before.parameter("doxorubicin_ec50")).isNotEqualTo(0.2);
        assertThat(after.parameter("doxorubicin_ec50")).isEqualTo(0.2);
        assertThat(before.parameter("doxorubicin_dose")).isEqualTo(60.0);
        assertThat(after.parameter("doxorubicin_dose")).isEqualTo(75.0);
        assertThat(before.doses()).extracting(Dose::day).containsExactly(0.0, 21.0);
        assertThat(after.doses()).extracting(Dose::day).containsExactly(0.0, 10.5);
    }
}
