package org.aftermath.tmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.DistributionSpec;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 2: a parameter's domain is checked wherever a value is set (exit 2 naming the
 * parameter, the value and the domain); its plausible range only warns.
 */
class ParameterDomainsTest {

    private static final String AGENT = "name: d\ndays: 21\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n"
            + "treatments:\n  - {agent: doxorubicin, dose: 60, days: [0]}\n";

    private static CompiledScenario compile(String yaml, Map<String, Double> cli) {
        return ScenarioCompiler.compile(ScenarioReader.read(yaml, "d.yaml"), cli);
    }

    @Test
    void aNegativeRateIsRefusedWhoeverSetsIt() {
        // the reproduction: --param k_tolerance=-1 gave -5.9e16 cells and "Infinity"
        assertThatThrownBy(() -> compile(AGENT, Map.of("k_tolerance", -1.0))).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("--param: k_tolerance: must be in [0, inf), the domain of k_tolerance"
                        + " (org/aftermath/tmen/models/tme-cancer.ant:")
                .hasMessageEndingWith(") (got -1.0)");
        assertThatThrownBy(() -> compile(AGENT + "parameters: {k_tolerance: -1}\n", Map.of()))
                .hasMessageStartingWith("d.yaml: parameters.k_tolerance: must be in [0, inf), the domain of k_tolerance");
        assertThatThrownBy(() -> compile(AGENT + "parameters: {kd_NFKB: 1.5}\n", Map.of()))
                .hasMessageStartingWith("d.yaml: parameters.kd_NFKB: must be in [0, 1], the domain of kd_NFKB");
        assertThatThrownBy(() -> compile(AGENT + "variability: {parameters.k_tolerance: {normal: {mean: 0.1, sd: 0.05}}}\n",
                Map.of())).hasMessageStartingWith("d.yaml: variability.parameters.k_tolerance: normal draws can fall"
                        + " outside the domain [0, inf) of k_tolerance");
        // with min: 0 it fits the domain; P(X < 0.02 | X > 0) = (Φ(-1.6) - Φ(-2)) / (1 - Φ(-2)) = 3.3 % is below the range
        assertThat(compile(AGENT + "variability: {parameters.k_tolerance: {normal: {mean: 0.1, sd: 0.05, min: 0}}}\n",
                Map.of()).rangeWarnings()).singleElement().asString().startsWith("d.yaml: variability.parameters.k_tolerance:"
                        + " normal draws 3.3 % of patients outside the plausible range 0.02 .. 0.5 of k_tolerance");
    }

    @Test
    void aValueOutsideThePlausibleRangeWarnsAndRuns() {
        CompiledScenario c = compile(AGENT + "parameters: {k_tolerance: 0.9}\n", Map.of("ddsp_strength_fib", 3.0));
        assertThat(c.parameter("k_tolerance")).isEqualTo(0.9);
        assertThat(c.rangeWarnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("d.yaml: parameters.k_tolerance: 0.9 is outside the plausible"
                        + " range 0.02 .. 0.5 of k_tolerance (org/aftermath/tmen/models/tme-cancer.ant:"))
                .anySatisfy(w -> assertThat(w).startsWith("--param: ddsp_strength_fib: 3.0 is outside the plausible range"
                        + " 0.5 .. 2 of ddsp_strength_fib"));
        assertThat(c.warnings()).as("the summary's warnings stay about the regimen").isEmpty();
        assertThat(compile(AGENT, Map.of()).rangeWarnings()).isEmpty();
    }

    @Test
    void theBundledCohortsDrawsOfDdspStrengthWarnNotFail() {
        // lognormal median 1, cv 0.44: P(X < 0.5) + P(X > 2) = 2 Φ(ln 0.5 / sqrt(ln 1.1936)) = 0.0993
        Scenario cohort = ScenarioReader.read(Path.of("..", "examples", "figure-3c-cohort.yaml"));
        CompiledScenario c = ScenarioCompiler.compile(cohort, Map.of());
        assertThat(c.rangeWarnings()).singleElement().asString().startsWith(
                "../examples/figure-3c-cohort.yaml: variability.parameters.ddsp_strength_fib: lognormal draws 9.9 % of"
                        + " patients outside the plausible range 0.5 .. 2 of ddsp_strength_fib");
        assertThat(DistributionSpec.lognormal(1.0, 0.44).probabilityOutside(0.5, 2.0)).isCloseTo(0.0993, within(5e-4));
        assertThat(DistributionSpec.normal(0, 1, -1, 1).probabilityOutside(-1.0, 0.0)).isCloseTo(0.5, within(1e-12));
        assertThat(DistributionSpec.uniform(0, 4).probabilityOutside(1.0, null)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aModelFilesOwnValueMustLieInItsDomain() {
        String file = ModelSource.builtIn().file("tme-cancer.ant").orElseThrow().text()
                .replace("k_tolerance = 0.1;", "k_tolerance = -0.1;");
        assertThat(file).contains("k_tolerance = -0.1;");
        Scenario s = ScenarioReader.read(AGENT, "d.yaml");
        assertThatThrownBy(() -> ScenarioCompiler.compile(s, Map.of(), ModelSource.ofTexts("m", Map.of("tme-cancer.ant", file))))
                .isInstanceOf(ModelException.class).hasMessageContaining("parameter 'k_tolerance' = -0.1 is outside its domain [0, inf)");
    }
}
