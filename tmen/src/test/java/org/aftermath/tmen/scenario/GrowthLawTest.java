package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.junit.jupiter.api.Test;

/**
 * The growth laws' description and what reads it, shown on the logistic law (added as a model
 * file and one {@link GrowthLaw} constant): the reader takes its keys and forms, variability its
 * inputs, the compiler sets its file's parameters.
 */
class GrowthLawTest {

    private static Scenario read(String growth) {
        return ScenarioReader.read("name: l\ndays: 30\ntumor:\n  cells: 1e9\n  growth: " + growth + "\n", "l.yaml");
    }

    @Test
    void formsOfALawDifferOnlyInKeysThatExcludeEachOther() {
        for (GrowthLaw law : GrowthLaw.ALL) {
            Set<Set<String>> keySets = new HashSet<>();
            for (GrowthLaw.Form form : law.forms()) {
                assertThat(form.law()).isEqualTo(law.name());
                assertThat(form.keyNames().subList(0, law.commonKeys().size())).as(law.name())
                        .isEqualTo(law.commonKeys());
                assertThat(form.keyNames().size()).as(law.name())
                        .isEqualTo(law.commonKeys().size() + (law.alternativeKeys().isEmpty() ? 0 : 1));
                assertThat(keySets.add(Set.copyOf(form.keyNames()))).as(law.name() + " forms are distinct").isTrue();
            }
        }
        assertThat(GrowthLaw.names()).containsExactly("exponential", "gompertz", "logistic");
    }

    @Test
    void theLogisticLawIsReadInBothFormsAndRefusedInNeither() {
        assertThat(read("{law: logistic, carrying_capacity: 2e10, rate_per_day: 0.08}").tumor().growth())
                .isEqualTo(Growth.of("logistic", "carrying_capacity", 2e10, "rate_per_day", 0.08));
        Growth doubling = read("{law: logistic, carrying_capacity: 2e10, doubling_days: 12}").tumor().growth();
        assertThat(doubling.form().file()).isEqualTo("tumor-logistic.ant");
        assertThat(doubling.value("doubling_days")).isEqualTo(12.0);
        assertThatThrownBy(() -> read("{law: logistic, carrying_capacity: 2e10}")).hasMessage(
                "l.yaml: tumor.growth: give exactly one of rate_per_day or doubling_days (got neither)");
        assertThatThrownBy(() -> read("{law: logistic, carrying_capacity: 5e8, rate_per_day: 0.1}")).hasMessage(
                "l.yaml: tumor.growth.carrying_capacity: must be > tumor.cells (1.0E9) and <= 1e16 (got 5.0E8)");
        assertThatThrownBy(() -> read("{law: logistic, carrying_capacity: 2e10, doubling_days: [10, 20]}")).hasMessage(
                "l.yaml: tumor.growth.doubling_days: expected a number, got a list (a list of doubling times needs law exponential)");
        assertThatThrownBy(() -> read("{law: logistic, capacity: 2e10, rate_per_day: 0.1}")).hasMessageStartingWith(
                "l.yaml: tumor.growth.capacity: unknown key for law logistic (allowed: law, carrying_capacity, rate_per_day,"
                        + " doubling_days)");
    }

    @Test
    void itsKeysAreInputsOfVariability() {
        Scenario s = read("{law: logistic, carrying_capacity: 2e10, rate_per_day: 0.08}");
        assertThat(ScenarioInputs.paths(s)).contains("tumor.growth.carrying_capacity", "tumor.growth.rate_per_day")
                .doesNotContain("tumor.growth.doubling_days");
        Scenario changed = ScenarioInputs.apply(s, Map.of("tumor.growth.rate_per_day", 0.05));
        assertThat(changed.tumor().growth().value("rate_per_day")).isEqualTo(0.05);
        assertThatThrownBy(() -> ScenarioInputs.apply(s, Map.of("tumor.growth.carrying_capacity", 1e8)))
                .hasMessageContaining("variability.tumor.growth.carrying_capacity: gives an invalid scenario");
    }

    @Test
    void theCompilerSetsTheFilesParametersAndARateReplacesItsComputation() {
        CompiledScenario rate = ScenarioCompiler.compile(read("{law: logistic, carrying_capacity: 2e10, rate_per_day: 0.08}"),
                Map.of());
        assertThat(rate.model().id()).isEqualTo("tumor_logistic");
        assertThat(rate.parameter("logistic_rate")).isEqualTo(0.08);
        assertThat(rate.parameter("carrying_capacity")).isEqualTo(2e10);
        assertThat(rate.model().initialAssignment("logistic_rate")).isEmpty();
        assertThat(ScenarioCompiler.compile(read("{law: logistic, carrying_capacity: 2e10, rate_per_day: 0.08}"),
                Map.of("logistic_rate", 0.1)).parameter("logistic_rate")).isEqualTo(0.1);
        assertThatThrownBy(() -> ScenarioCompiler.compile(read("{law: logistic, carrying_capacity: 2e10, rate_per_day: 0.08}"),
                Map.of("carrying_capacity", 1e9))).hasMessage("--param: carrying_capacity: must be > tumor.cells (1.0E9) and <= 1e16 (got 1.0E9)");
        CompiledScenario doubling = ScenarioCompiler.compile(read("{law: logistic, carrying_capacity: 2e10, doubling_days: 12}"),
                Map.of());
        assertThat(doubling.parameter("doubling_days")).isEqualTo(12.0);
        assertThat(doubling.model().initialAssignment("logistic_rate")).isPresent();
        assertThatThrownBy(() -> ScenarioCompiler.compile(read("{law: logistic, carrying_capacity: 2e10, doubling_days: 12}"),
                Map.of("logistic_rate", 0.1))).hasMessageContaining("is computed at t = 0 from");
        assertThat(List.of(doubling.parameters().stream().map(p -> p.name()).toArray())).doesNotContain("logistic_rate");
    }
}
