package org.aftermath.runner;

import org.aftermath.ode.IntegratorKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement test that chose {@link RunOptions#COHORT}: the Figure 3C scenario, its two other
 * arms and perturbed patients, each run with the preset and with a tight reference
 * (Dormand–Prince 5(4) at relative tolerance 1e-11, absolute 1e-13, full observation, one absolute
 * tolerance for every state), the preset measuring drug amounts in units of their dose. Every
 * outcome a cohort reports must agree within 1e-3 relative: final and nadir burden, nadir day,
 * progression day (or both none) and, with full observation, each factor's peak.
 */
class CohortPresetAgreementTest {

    private static final double AGREEMENT = 1e-3;
    private static final RunOptions REFERENCE = new RunOptions(1.0, IntegratorKind.DORMAND_PRINCE, new Tolerances(1e-11, 1e-13), 1L);

    private static String example(String name) {
        try {
            return Files.readString(Runs.EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String replaced(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    static Stream<Arguments> patients() {
        String c = example("figure-3c-anti-ddsp.yaml");
        return Stream.of(
                Arguments.of("figure 3C", c, Map.of()),
                Arguments.of("doxorubicin alone", example("figure-3c-dox-alone.yaml"), Map.of()),
                Arguments.of("anti-WNT16B", example("figure-3c-anti-wnt16b.yaml"), Map.of()),
                Arguments.of("doubling 5 days", replaced(c, "doubling_days: 10", "doubling_days: 5"), Map.of()),
                Arguments.of("doubling 30 days", replaced(c, "doubling_days: 10", "doubling_days: 30"), Map.of()),
                Arguments.of("fibroblasts 3", replaced(c, "fibroblast: 1.0", "fibroblast: 3.0"), Map.of()),
                Arguments.of("fibroblasts 0.2", replaced(c, "fibroblast: 1.0", "fibroblast: 0.2"), Map.of()),
                Arguments.of("kill 60", c, Map.of("doxorubicin_kill_eps", 60.0)),
                Arguments.of("ec50 x 5", c, Map.of("doxorubicin_ec50", 0.27)),
                Arguments.of("DDSP strength 2", c, Map.of("ddsp_strength_fib", 2.0)),
                // the preset measures drug amounts in units of the dose (RunOptions.pkScaledTolerance):
                // a smaller dose, faster absorption and a more potent modulator
                Arguments.of("sulfasalazine 250 mg", replaced(c, "dose: 1000", "dose: 250"), Map.of()),
                Arguments.of("sulfasalazine ka 100", c, Map.of("sulfasalazine_ka", 100.0)),
                Arguments.of("sulfasalazine ic50 0.5", c, Map.of("sulfasalazine_ic50", 0.5)));
    }

    private static void assertClose(String what, double actual, double reference) {
        assertThat(Math.abs(actual - reference)).as(what + ": %s vs reference %s", actual, reference)
                .isLessThanOrEqualTo(AGREEMENT * Math.abs(reference));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patients")
    void presetAgreesWithTheTightReference(String name, String yaml, Map<String, Double> parameters) {
        CompiledScenario scenario = ScenarioCompiler.compile(ScenarioReader.read(yaml, name + ".yaml"), parameters);
        RunSummary ref = ScenarioRunner.run(scenario, REFERENCE).summary();
        RunSummary lean = ScenarioRunner.run(scenario, RunOptions.COHORT).summary();
        RunSummary full = ScenarioRunner.run(scenario, RunOptions.COHORT.withObservation(RunOptions.Observation.FULL))
                .summary();
        for (RunSummary s : new RunSummary[] {lean, full}) {
            assertClose("final burden", s.finalTumorCells(), ref.finalTumorCells());
            assertClose("nadir burden", s.nadirTumorCells(), ref.nadirTumorCells());
            assertClose("nadir day", s.nadirDay(), ref.nadirDay());
            assertThat(s.timeToProgressionDays() == null).as("progression").isEqualTo(ref.timeToProgressionDays() == null);
            if (ref.timeToProgressionDays() != null) {
                assertClose("progression day", s.timeToProgressionDays(), ref.timeToProgressionDays());
            }
        }
        assertThat(ref.factors()).isNotEmpty();
        assertThat(full.factors().keySet()).isEqualTo(ref.factors().keySet());
        ref.factors().forEach((factor, r) -> assertClose(factor + " peak", full.factors().get(factor).peak(), r.peak()));
    }

    @Test
    void thePresetIsTheStiffSolverAtTheTestedTolerancesWithLeanObservationAndDoseScaledDrugAmounts() {
        assertThat(RunOptions.COHORT.integrator()).isEqualTo(IntegratorKind.ROSENBROCK);
        assertThat(RunOptions.COHORT.tolerances()).isEqualTo(new Tolerances(1e-5, 1e-3));
        assertThat(RunOptions.COHORT.observation()).isEqualTo(RunOptions.Observation.LEAN);
        assertThat(RunOptions.COHORT.pkScaledTolerance()).isTrue();
        assertThat(REFERENCE.pkScaledTolerance()).isFalse();
        assertThat(RunOptions.DEFAULT.observation()).isEqualTo(RunOptions.Observation.FULL);
    }
}
