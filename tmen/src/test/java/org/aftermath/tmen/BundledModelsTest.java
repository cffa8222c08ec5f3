package org.aftermath.tmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.tmen.models.GrowthModule;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled model files, read with the kernel's Antimony reader, and scenarios compiled on them. */
class BundledModelsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    static List<GrowthModule> growthModules() {
        return GrowthModule.all();
    }

    @ParameterizedTest
    @MethodSource("growthModules")
    void everyModelFileParsesAndHonoursTheContract(GrowthModule module) {
        Model m = module.read();
        module.checkContract(m);
        assertThat(m.parameters()).extracting(Parameter::origin)
                .allSatisfy(o -> assertThat(o.file()).isEqualTo(module.resource()));
    }

    @ParameterizedTest
    @MethodSource("growthModules")
    void everyParameterCitesItsSourceAndEveryGivenValueHasARange(GrowthModule module) {
        Model m = module.read();
        for (Parameter p : m.parameters()) {
            Provenance prov = p.provenance();
            assertThat(prov.source()).as(p.id()).isNotBlank();
            assertThat(p.unit()).as(p.id()).isNotNull();
            boolean computed = m.initialAssignments().stream().anyMatch(a -> a.variable().equals(p.id()));
            if (!computed) {
                assertThat(prov.min()).as(p.id()).isNotNull().isLessThanOrEqualTo(p.value());
                assertThat(prov.max()).as(p.id()).isNotNull().isGreaterThanOrEqualTo(p.value());
            }
        }
    }

    @Test
    void handBuiltModulesOfTheCompilerTestsMatchTheFiles() {
        Model exponential = GrowthModule.forFile("tumor-exponential.ant").orElseThrow().read();
        assertThat(exponential.reactions().get(0).rate()).isEqualTo(ScenarioCompilerTest.exponential().reactions().get(0).rate());
        assertThat(exponential.assignmentRules().get(0).math()).isEqualTo(Expr.ref("N"));
        Model gompertz = GrowthModule.forFile("tumor-gompertz-doubling.ant").orElseThrow().read();
        assertThat(gompertz.reactions().get(0).rate()).isEqualTo(ScenarioCompilerTest.gompertzDoubling().reactions().get(0).rate());
        assertThat(gompertz.initialAssignments()).extracting(InitialAssignment::variable, InitialAssignment::math)
                .containsExactlyElementsOf(ScenarioCompilerTest.gompertzDoubling().initialAssignments().stream()
                        .map(a -> tuple(a.variable(), a.math())).toList());
    }

    @Test
    void figure3aCompilesOnTheExponentialFile() {
        CompiledScenario c = ScenarioCompiler.compile(ScenarioReader.read(EXAMPLES.resolve("figure-3a-td60.yaml")), Map.of());
        assertThat(c.model().id()).isEqualTo("tumor_exponential");
        assertThat(c.model().events()).extracting(Event::id).containsExactly(
                "chemo_dose_1", "chemo_dose_2", "chemo_dose_3", "chemo_dose_4", "chemo_dose_5", "chemo_dose_6", "chemo_dose_7");
        assertThat(c.parameter("doubling_days")).isEqualTo(60.0);
        assertThat(c.parameter("chemo_kill_fraction")).isEqualTo(0.9);
        assertThat(c.model().species().get(0).initialAmount()).isEqualTo(1e9);
    }

    @Test
    void figure3bCompilesWithOneDoublingTimePerKillDose() {
        CompiledScenario c = ScenarioCompiler.compile(ScenarioReader.read(EXAMPLES.resolve("figure-3b.yaml")), Map.of());
        List<Double> expected = List.of(60.0, 40.0, 25.0, 15.0, 10.0, 7.0, 5.0);
        for (int k = 1; k <= 7; k++) {
            assertThat(c.parameter("doubling_days_" + k)).isEqualTo(expected.get(k - 1));
            assertThat(c.model().events().get(k - 1).assignments())
                    .contains(new EventAssignment("doubling_days", Expr.ref("doubling_days_" + k)));
        }
        assertThat(c.parameter("chemo_kill_fraction")).isEqualTo(0.7);
    }

    @Test
    void gompertzScenariosPickTheirFile() {
        String rate = """
                name: g
                days: 60
                tumor:
                  cells: 1.0e9
                  growth:
                    law: gompertz
                    carrying_capacity: 1.0e12
                    rate_per_day: 0.01
                """;
        Scenario byRate = ScenarioReader.read(rate, "g.yaml");
        CompiledScenario c = ScenarioCompiler.compile(byRate, Map.of());
        assertThat(c.model().id()).isEqualTo("tumor_gompertz");
        assertThat(c.parameters()).extracting(ParameterValue::name, ParameterValue::value).containsExactly(
                tuple("carrying_capacity", 1e12), tuple("gompertz_rate", 0.01));
        Scenario byDoubling = ScenarioReader.read(rate.replace("rate_per_day: 0.01", "doubling_days: 20"), "g.yaml");
        CompiledScenario d = ScenarioCompiler.compile(byDoubling, Map.of("carrying_capacity", 2e12));
        assertThat(d.model().id()).isEqualTo("tumor_gompertz_doubling");
        assertThat(d.parameter("doubling_days")).isEqualTo(20.0);
        assertThat(d.parameter("carrying_capacity")).isEqualTo(2e12);
        assertThatThrownBy(() -> ScenarioCompiler.compile(byDoubling, Map.of("gompertz_rate", 1.0)))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("--param: gompertz_rate: is computed at t = 0 from doubling_days, carrying_capacity; override those instead");
    }
}
