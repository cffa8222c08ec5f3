package org.aftermath.runner;

import org.aftermath.ode.IntegratorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Drug amounts measured in units of their dose: the scales {@link RunOptions#COHORT} uses. */
class PkToleranceScalesTest {

    private static double[] scales(CompiledScenario scenario) {
        return PkToleranceScales.of(scenario.agents(), ModelCompiler.compile(scenario.model()));
    }

    private static double scaleOf(CompiledScenario scenario, String state) {
        CompiledModel model = ModelCompiler.compile(scenario.model());
        return PkToleranceScales.of(scenario.agents(), model)[model.stateIndex(state)];
    }

    @Test
    void eachAgentsCompartmentsGetItsLargestDoseAndEveryOtherStateOne() {
        CompiledScenario scenario = ExampleRegressionTest.example("figure-3c-anti-ddsp.yaml");
        CompiledModel model = ModelCompiler.compile(scenario.model());
        double[] scales = PkToleranceScales.of(scenario.agents(), model);
        assertThat(scales).hasSize(model.stateNames().size());
        for (int i = 0; i < scales.length; i++) {
            String state = model.stateNames().get(i);
            if (state.startsWith("sulfasalazine_")) {
                // 1000 mg orally, bioavailability 0.12 (pk-sulfasalazine.ant): the depot jumps by 120 mg
                assertThat(scales[i]).as(state).isCloseTo(120.0, within(1e-9));
            } else if (state.startsWith("doxorubicin_")) {
                // 60 mg/m² iv bolus × 1.8 m²: central jumps by 108 mg; depot and peripherals share it
                assertThat(scales[i]).as(state).isCloseTo(108.0, within(1e-12));
            } else {
                assertThat(scales[i]).as(state).isEqualTo(1.0);
            }
        }
        assertThat(model.stateNames()).contains("doxorubicin_peripheral1", "sulfasalazine_central", "N", "NFKB");
    }

    @Test
    void theScalesFollowThePatientsParameters() throws IOException {
        String yaml = Files.readString(Runs.EXAMPLES.resolve("figure-3c-anti-ddsp.yaml"));
        CompiledScenario halfAbsorbed = ScenarioCompiler.compile(ScenarioReader.read(yaml, "f.yaml"),
                Map.of("sulfasalazine_bioavailability", 0.5, "patient_bsa_m2", 2.0));
        assertThat(scaleOf(halfAbsorbed, "sulfasalazine_central")).isEqualTo(500.0);
        assertThat(scaleOf(halfAbsorbed, "doxorubicin_central")).isCloseTo(120.0, within(1e-12));
        CompiledScenario small = ScenarioCompiler.compile(ScenarioReader.read(
                yaml.replace("dose: 1000", "dose: 0.25"), "f.yaml"), Map.of());
        assertThat(scaleOf(small, "sulfasalazine_depot")).as("never below 1").isEqualTo(1.0);
    }

    @Test
    void anInfusedAgentKeepsTheAbsoluteTolerance() {
        CompiledScenario scenario = ExampleRegressionTest.example("mechanisms/docetaxel-arrest.yaml");
        CompiledModel model = ModelCompiler.compile(scenario.model());
        assertThat(model.stateIndex("docetaxel_central")).isNotNegative();
        assertThat(scales(scenario)).containsOnly(1.0);
    }

    @Test
    void onlyTheCohortPresetScales() {
        assertThat(RunOptions.COHORT.pkScaledTolerance()).isTrue();
        assertThat(RunOptions.COHORT.withObservation(RunOptions.Observation.FULL).withTolerances(
                RunOptions.COHORT.tolerances()).withSeed(3).withOutputStep(7).withIntegrator(IntegratorKind.AUTO)
                .pkScaledTolerance()).isTrue();
        assertThat(RunOptions.DEFAULT.pkScaledTolerance()).isFalse();
        assertThat(RunOptions.COHORT.withPkScaledTolerance(false).pkScaledTolerance()).isFalse();
    }

    @Test
    void scalingSavesAThirdOfTheFigure3cSteps() {
        CompiledScenario scenario = ExampleRegressionTest.example("figure-3c-anti-ddsp.yaml");
        RunResult scaled = ScenarioRunner.run(scenario, RunOptions.COHORT);
        RunResult plain = ScenarioRunner.run(scenario, RunOptions.COHORT.withPkScaledTolerance(false));
        // measured: 1,953 steps instead of 2,924
        assertThat(scaled.simulation().stats().steps()).isLessThan(plain.simulation().stats().steps() * 3 / 4);
        assertThat(scaled.summary().finalTumorCells())
                .isCloseTo(plain.summary().finalTumorCells(), within(1e-4 * plain.summary().finalTumorCells()));
    }
}
