package org.aftermath.tmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.compile.ModelValidator;
import org.aftermath.kernel.sim.EventLog;
import org.aftermath.kernel.sim.SimulationResult;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.tmen.models.GrowthModule;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression through the whole path (scenario file, model file, compiler, kernel simulator):
 * each bundled example reproduces the piecewise closed form of
 * {@link ExampleScenariosTest#preDoseBurdens} just before and after every dose and at the horizon,
 * and Gompertz growth with a kill follows {@code N(t) = K exp(ln(N0/K) e^(-a t))} piecewise.
 */
class ExampleSimulationTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"figure-3a-td10", "figure-3a-td60", "figure-3b"})
    void simulatedBurdenMatchesTheClosedForm(String name) {
        Scenario scenario = ScenarioReader.read(EXAMPLES.resolve(name + ".yaml"));
        CompiledScenario compiled = ScenarioCompiler.compile(scenario, Map.of());
        assertThat(ModelValidator.problems(compiled.model())).isEmpty();
        CompiledModel model = ModelCompiler.compile(compiled.model());
        EventLog log = new EventLog();
        SimulationResult result = new Simulator(model).run(null, 0, compiled.days(),
                IntegratorKind.AUTO.create(new Tolerances(1e-10, 1e-6)), List.of(log));

        List<Double> expected = ExampleScenariosTest.preDoseBurdens(scenario);
        int observable = model.observableIndex(GrowthModule.TUMOR_CELLS);
        assertThat(log.entries()).hasSize(compiled.doses().size());
        for (int k = 0; k < log.entries().size(); k++) {
            EventLog.Entry e = log.entries().get(k);
            assertThat(e.eventId()).isEqualTo(compiled.doses().get(k).eventId());
            assertThat(e.before()[observable]).as("before %s", e.eventId())
                    .isCloseTo(expected.get(k), within(1e-7 * expected.get(k)));
            assertThat(e.after()[observable]).as("after %s", e.eventId())
                    .isCloseTo(expected.get(k) * (1 - compiled.parameter("chemo_kill_fraction")), within(1e-7 * expected.get(k)));
        }
        double atHorizon = result.finalState()[model.stateIndex(GrowthModule.CELLS)];
        double expectedAtHorizon = expected.get(expected.size() - 1);
        assertThat(atHorizon).isCloseTo(expectedAtHorizon, within(1e-7 * expectedAtHorizon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate_per_day: 0.004", "doubling_days: 25"})
    void gompertzWithAKillFollowsThePiecewiseClosedForm(String rateKey) {
        String yaml = """
                name: gompertz
                days: 60
                tumor:
                  cells: 1.0e9
                  growth:
                    law: gompertz
                    carrying_capacity: 1.0e12
                    %s
                treatments:
                  - name: chemo
                    kill_fraction: 0.9
                    days: [20]
                """.formatted(rateKey);
        CompiledScenario compiled = ScenarioCompiler.compile(ScenarioReader.read(yaml, "g.yaml"), Map.of());
        assertThat(ModelValidator.problems(compiled.model())).isEmpty();
        CompiledModel model = ModelCompiler.compile(compiled.model());
        SimulationResult result = new Simulator(model).run(null, 0, 60,
                IntegratorKind.AUTO.create(new Tolerances(1e-10, 1e-6)), List.of());

        double k = 1e12;
        double n0 = 1e9;
        double a = rateKey.startsWith("rate") ? 0.004 : Math.log(2) / (25 * Math.log(k / n0));
        double beforeKill = k * Math.exp(Math.log(n0 / k) * Math.exp(-a * 20));
        double afterKill = 0.1 * beforeKill;
        double expected = k * Math.exp(Math.log(afterKill / k) * Math.exp(-a * 40));
        double simulated = result.finalState()[model.stateIndex(GrowthModule.CELLS)];
        assertThat(simulated).isCloseTo(expected, within(1e-7 * expected));
    }
}
