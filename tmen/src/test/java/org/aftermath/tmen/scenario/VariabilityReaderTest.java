package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aftermath.tmen.ScenarioCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code variability:} and {@code correlations:} keys as {@link ScenarioReader} reads them. */
class VariabilityReaderTest {

    static final String BASE = """
            name: v
            days: 100
            tumor:
              cells: 1.0e9
              growth: {law: exponential, doubling_days: 20}
            treatments:
              - {agent: doxorubicin, dose: 60, days: [0, 21]}
              - {name: chemo, kill_fraction: 0.5, every_days: 21, cycles: 2}
            """;

    static final String ISSUE_EXAMPLE = BASE + """
            variability:
              tumor.growth.doubling_days: {lognormal: {median: 20, cv: 0.4}}
              parameters.k_tolerance: {normal: {mean: 0.1, sd: 0.03, min: 0, max: 1}}
              stroma.fibroblast: {uniform: {min: 0.5, max: 2}}
              treatments.doxorubicin.dose: {values: [50, 60, 75]}
            correlations:
              - [tumor.growth.doubling_days, stroma.fibroblast, -0.3]
            """;

    private static Scenario read(String yaml) {
        return ScenarioReader.read(yaml, "v.yaml");
    }

    @Test
    void readsEveryLawInFileOrder() {
        VariabilitySpec v = read(ISSUE_EXAMPLE).variability();
        assertThat(v.paths()).containsExactly("tumor.growth.doubling_days", "parameters.k_tolerance",
                "stroma.fibroblast", "treatments.doxorubicin.dose");
        assertThat(v.inputs()).containsExactly(
                Map.entry("tumor.growth.doubling_days", DistributionSpec.lognormal(20, 0.4)),
                Map.entry("parameters.k_tolerance", DistributionSpec.normal(0.1, 0.03, 0, 1)),
                Map.entry("stroma.fibroblast", DistributionSpec.uniform(0.5, 2)),
                Map.entry("treatments.doxorubicin.dose", DistributionSpec.values(List.of(50.0, 60.0, 75.0))));
        assertThat(v.correlations()).containsExactly(new CorrelationSpec("tumor.growth.doubling_days", "stroma.fibroblast", -0.3));
        assertThat(v.correlation("stroma.fibroblast", "tumor.growth.doubling_days")).isEqualTo(-0.3);
        assertThat(v.correlation("stroma.fibroblast", "parameters.k_tolerance")).isZero();
        assertThat(v.isEmpty()).isFalse();
        DistributionSpec normal = v.inputs().get("parameters.k_tolerance");
        assertThat(normal.argument("sd")).isEqualTo(0.03);
        assertThat(normal.lowerBound()).isZero();
        assertThat(normal.upperBound()).isEqualTo(1.0);
        assertThat(DistributionSpec.normal(1, 2).lowerBound()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DistributionSpec.lognormal(1, 2).argument("sd")).isNaN();
    }

    @Test
    void aScenarioWithoutTheKeysHasNone() {
        assertThat(read(BASE).variability()).isSameAs(VariabilitySpec.NONE);
        assertThat(read(BASE + "variability: {}\n").variability().isEmpty()).isTrue();
        assertThat(read(BASE + "variability:\n").variability().isEmpty()).isTrue();
    }

    @Test
    void varyingTheStromaIncludesTheMicroenvironment() {
        String killOnly = """
                name: k
                days: 10
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 20}}
                """;
        assertThat(read(killOnly).microenvironment().requested()).isFalse();
        assertThat(read(killOnly + "variability: {stroma.immune: {uniform: {min: 0, max: 1}}}\n")
                .microenvironment().requested()).isTrue();
    }

    @Test
    void theBaseScenarioKeepsItsOwnValues() {
        Scenario s = read(ISSUE_EXAMPLE);
        Scenario without = read(BASE + "stroma: {}\n");
        assertThat(s.tumor()).isEqualTo(without.tumor());
        assertThat(s.treatments()).isEqualTo(without.treatments());
        assertThat(s.parameters()).isEmpty();
        assertThat(s.microenvironment().stroma()).isEmpty();
    }

    @Test
    void runningTheScenarioUsesItsOwnValuesNotTheDistributions() {
        String varied = BASE + """
                stroma: {}
                variability:
                  tumor.growth.doubling_days: {lognormal: {median: 40, cv: 0.4}}
                  parameters.doxorubicin_ec50: {uniform: {min: 0.1, max: 0.2}}
                  treatments.doxorubicin.dose: {values: [50, 75]}
                """;
        assertThat(ScenarioCompiler.compile(read(varied), Map.of()).parameters())
                .isEqualTo(ScenarioCompiler.compile(read(BASE + "stroma: {}\n"), Map.of()).parameters());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("variability: {tumor.cells: {gamma: {shape: 2}}}",
                        "v.yaml: variability.tumor.cells.gamma: unknown law (allowed: lognormal, normal, uniform, values)"),
                Arguments.of("variability: {tumor.cells: {lognorm: {median: 1.0e9, cv: 0.2}}}",
                        "v.yaml: variability.tumor.cells.lognorm: unknown law (allowed: lognormal, normal, uniform, values);"
                                + " did you mean 'lognormal'?"),
                Arguments.of("variability: {tumor.cells: {lognormal: {median: 1.0e9, cv: 0}}}",
                        "v.yaml: variability.tumor.cells.lognormal.cv: must be > 0 (got 0)"),
                Arguments.of("variability: {tumor.cells: {lognormal: {median: -1, cv: 0.2}}}",
                        "v.yaml: variability.tumor.cells.lognormal.median: must be > 0 (got -1)"),
                Arguments.of("variability: {tumor.cells: {lognormal: {median: 1.0e9, sd: 0.2}}}",
                        "v.yaml: variability.tumor.cells.lognormal.sd: unknown key (allowed: median, cv); did you mean 'cv'?"),
                Arguments.of("variability: {tumor.cells: {lognormal: {median: 1.0e9}}}",
                        "v.yaml: variability.tumor.cells.lognormal.cv: required key is missing (the coefficient of"
                                + " variation of the distribution, > 0)"),
                Arguments.of("variability: {stroma.immune: {uniform: {min: 2, max: 1}}}",
                        "v.yaml: variability.stroma.immune.uniform.max: must be > min (2) (got 1)"),
                Arguments.of("variability: {parameters.k: {normal: {mean: 0, sd: 1, min: 1, max: 1}}}",
                        "v.yaml: variability.parameters.k.normal.max: must be > min (1) (got 1)"),
                Arguments.of("variability: {parameters.k: {normal: {mean: 0, sd: -1}}}",
                        "v.yaml: variability.parameters.k.normal.sd: must be > 0 (got -1)"),
                Arguments.of("variability: {parameters.k: {values: []}}",
                        "v.yaml: variability.parameters.k.values: must list at least one value"),
                Arguments.of("variability: {parameters.k: {values: [1, x]}}",
                        "v.yaml: variability.parameters.k.values[1]: expected a number, got \"x\""),
                Arguments.of("variability: {parameters.k: 3}",
                        "v.yaml: variability.parameters.k: expected a distribution, lognormal: {median, cv}, normal:"
                                + " {mean, sd, min, max}, uniform: {min, max} or values: [...] (got 3)"),
                Arguments.of("variability: {parameters.k: {uniform: {min: 0, max: 1}, values: [1]}}",
                        "v.yaml: variability.parameters.k: give exactly one law, lognormal: {median, cv}, normal:"
                                + " {mean, sd, min, max}, uniform: {min, max} or values: [...] (got uniform, values)"),
                Arguments.of("variability: {tumor.cell: {values: [1]}}",
                        "v.yaml: variability.tumor.cell: unknown input (allowed: tumor.cells, tumor.growth.doubling_days,"
                                + " treatments.doxorubicin.dose, treatments.doxorubicin.days, treatments.chemo.kill_fraction,"
                                + " treatments.chemo.start_day, treatments.chemo.every_days, treatments.chemo.cycles,"
                                + " stroma.fibroblast, stroma.endothelial, stroma.immune, patient.bsa_m2, patient.weight_kg,"
                                + " endpoints.cells_per_cm3, endpoints.partial_response_change, endpoints.progression_change,"
                                + " endpoints.detectable_cells, parameters.NAME); did you mean 'tumor.cells'?"),
                Arguments.of("variability: {treatments.cisplatin.dose: {values: [1]}}",
                        "v.yaml: variability.treatments.cisplatin.dose: 'cisplatin' names no treatment of this scenario"
                                + " (treatments: doxorubicin, chemo)"),
                Arguments.of("variability: {treatments.chemo.dose: {values: [1]}}",
                        "v.yaml: variability.treatments.chemo.dose: treatment 'chemo' has no input 'dose' (its inputs:"
                                + " kill_fraction, start_day, every_days, cycles)"),
                Arguments.of("variability: {tumor.cells: {normal: {mean: 1.0e9, sd: 3.0e8}}}",
                        "v.yaml: variability.tumor.cells: normal draws can fall below 0 (the input must be > 0 and <= 1e15); give min >= 0"),
                Arguments.of("variability: {treatments.chemo.kill_fraction: {lognormal: {median: 0.5, cv: 0.2}}}",
                        "v.yaml: variability.treatments.chemo.kill_fraction: lognormal draws can exceed 1 (the input must"
                                + " be in [0, 1)); use a normal with max or a uniform"),
                Arguments.of("variability: {treatments.chemo.kill_fraction: {values: [0.5, 1]}}",
                        "v.yaml: variability.treatments.chemo.kill_fraction: value 1 is out of range (the input must be in [0, 1))"),
                Arguments.of("variability: {treatments.chemo.cycles: {uniform: {min: 1, max: 3}}}",
                        "v.yaml: variability.treatments.chemo.cycles: a dose count takes whole numbers: use values: [...]"
                                + " (got uniform)"),
                Arguments.of("variability: {treatments.doxorubicin.days: {uniform: {min: -0.5, max: 1}}}",
                        "v.yaml: variability.treatments.doxorubicin.days: uniform draws can fall below 0 (the input must"
                                + " be > 0); raise min (a common multiplier of the listed values)"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}, patient.bsa_m2: {values: [1.6, 2]}}\n"
                                + "correlations: [[tumor.cells, patient.bsa_m2, 1]]",
                        "v.yaml: correlations[0][2]: must be a correlation in (-1, 1) (got 1)"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}}\ncorrelations: [[tumor.cells, patient.bsa, 0.2]]",
                        "v.yaml: correlations[0][1]: names no input of variability (inputs: tumor.cells)"),
                Arguments.of("correlations: [[tumor.cells, patient.bsa_m2, 0.2]]",
                        "v.yaml: correlations[0][0]: names no input of variability (inputs: none)"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}}\ncorrelations: [[tumor.cells, tumor.cells, 0.2]]",
                        "v.yaml: correlations[0][1]: correlates 'tumor.cells' with itself; name two different inputs"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}}\ncorrelations: [[tumor.cells, 0.2]]",
                        "v.yaml: correlations[0]: expected three elements [input, input, rho] (got 2)"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}, patient.bsa_m2: {values: [1.6, 2]}}\n"
                                + "correlations: [[tumor.cells, patient.bsa_m2, 0.2], [patient.bsa_m2, tumor.cells, 0.3]]",
                        "v.yaml: correlations: the pair patient.bsa_m2, tumor.cells is correlated twice"),
                Arguments.of("variability: {tumor.cells: {values: [1.0e9]}, patient.bsa_m2: {values: [1.6, 2]},"
                                + " patient.weight_kg: {values: [60, 80]}}\n"
                                + "correlations: [[tumor.cells, patient.bsa_m2, 0.6], [patient.bsa_m2, patient.weight_kg, 0.6],"
                                + " [tumor.cells, patient.weight_kg, -0.6]]",
                        "v.yaml: correlations: with [tumor.cells, patient.weight_kg, -0.6] the correlations are inconsistent"
                                + " (the correlation matrix is not positive definite)"),
                Arguments.of("variability: [tumor.cells]",
                        "v.yaml: variability: expected a mapping of keys, got a list"),
                Arguments.of("variabilty: {}",
                        "v.yaml: variabilty: unknown key (allowed: name, days, tumor, treatments, parameters, model, patient,"
                                + " endpoints, microenvironment, stroma, knockouts, knockdowns, variability, correlations);"
                                + " did you mean 'variability'?"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void eachBadInputHasItsOneLineMessage(String yaml, String message) {
        assertThatThrownBy(() -> read(BASE + yaml + "\n")).isInstanceOf(ScenarioException.class).hasMessage(message);
    }

    @Test
    void parameterNamesAreCheckedWhenCompiledLikeParameterOverrides() {
        Scenario s = read(BASE + "variability: {parameters.doxorubicin_ec5: {uniform: {min: 0.1, max: 0.2}}}\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(s, Map.of())).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("v.yaml: variability.parameters.doxorubicin_ec5: unknown model parameter (closest:"
                        + " doxorubicin_ec50");
        Scenario negative = read(BASE + "variability: {parameters.doxorubicin_v1: {normal: {mean: 10, sd: 2}}}\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(negative, Map.of())).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("v.yaml: variability.parameters.doxorubicin_v1: normal draws can fall outside the"
                        + " domain (0, inf) of doxorubicin_v1 (org/aftermath/tmen/models/pk-doxorubicin.ant:")
                .hasMessageEndingWith("; the draws span -Infinity .. Infinity)");
        Scenario fraction = read(BASE + "variability: {parameters.chemo_kill_fraction: {values: [0.5, 1]}}\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(fraction, Map.of()))
                .hasMessage("v.yaml: variability.parameters.chemo_kill_fraction: values draws can fall outside the"
                        + " parameter's range (it must be in [0, 1); the draws span 0.5 .. 1.0)");
        Scenario good = read(BASE + "variability: {parameters.doxorubicin_ec50: {uniform: {min: 0.1, max: 0.2}},"
                + " parameters.doxorubicin_v1: {normal: {mean: 10, sd: 2, min: 0}}}\n");
        assertThat(ScenarioCompiler.compile(good, Map.of()).parameter("doxorubicin_ec50"))
                .isEqualTo(ScenarioCompiler.compile(read(BASE), Map.of()).parameter("doxorubicin_ec50"));
    }

    @Test
    void recordsRecheckTheirRules() {
        assertThatThrownBy(() -> new DistributionSpec("gamma", Map.of(), List.of())).hasMessageContaining("unknown law");
        assertThatThrownBy(() -> DistributionSpec.lognormal(1, 0)).hasMessage("lognormal: cv must be > 0 (got 0.0)");
        assertThatThrownBy(() -> DistributionSpec.uniform(1, 1)).hasMessage("uniform: max must be > min (got min 1.0, max 1.0)");
        assertThatThrownBy(() -> DistributionSpec.normal(0, 1, 2, 1)).hasMessage("normal: max must be > min (got min 2.0, max 1.0)");
        assertThatThrownBy(() -> DistributionSpec.values(List.of())).hasMessage("values must list at least one value");
        assertThatThrownBy(() -> new DistributionSpec("values", Map.of("min", 1.0), List.of(1.0)))
                .hasMessageContaining("values takes a list");
        assertThatThrownBy(() -> new DistributionSpec("normal", Map.of("mean", 1.0), List.of())).hasMessage("normal needs sd");
        assertThatThrownBy(() -> new CorrelationSpec("a", "b", -1)).hasMessage("rho must be in (-1, 1) (got -1.0)");
        assertThatThrownBy(() -> new CorrelationSpec("a", "a", 0)).hasMessageContaining("two different inputs");
        assertThatThrownBy(() -> new VariabilitySpec(Map.of("a", DistributionSpec.uniform(0, 1)),
                List.of(new CorrelationSpec("a", "b", 0.1)))).hasMessageContaining("names 'b', which has no distribution");
        Tumor tumor = new Tumor(1e9, Growth.exponential(List.of(10.0)));
        assertThat(new Scenario("a", 10, tumor, List.of(), Map.of(), "x").variability()).isSameAs(VariabilitySpec.NONE);
        assertThat(new Scenario("a", 10, tumor, List.of(), Map.of(), "x", "builtin", Patient.DEFAULT,
                EndpointSettings.DEFAULT, Microenvironment.NONE).variability()).isSameAs(VariabilitySpec.NONE);
        // a 2x2 correlation matrix is positive definite for every |rho| < 1
        assertThat(new VariabilitySpec(Map.of("a", DistributionSpec.uniform(0, 1), "b", DistributionSpec.uniform(0, 1)),
                List.of(new CorrelationSpec("a", "b", 0.999))).correlations()).hasSize(1);
    }
}
