package org.aftermath.runner;

import org.aftermath.ode.IntegratorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Logistic scenarios against N(t) = K / (1 + (K/N0 − 1) e^(−r t)), for both parameterisations:
 * the rate r given directly, or the doubling time Td at the initial size with
 * r (1 − N0/K) = ln2 / Td; and across a kill dose, where the closed form restarts from the
 * surviving cells.
 */
class LogisticScenarioTest {

    private static final double N0 = 1e9;
    private static final double K = 2e10;

    private static double logistic(double n0, double r, double t) {
        return K / (1 + (K / n0 - 1) * Math.exp(-r * t));
    }

    private static RunResult run(String rateLine, String integrator, String treatments) {
        String yaml = """
                name: logistic
                days: 100
                tumor:
                  cells: 1.0e9
                  growth:
                    law: logistic
                    carrying_capacity: 2.0e10
                    %s
                %s""".formatted(rateLine, treatments);
        CompiledScenario cs = ScenarioCompiler.compile(ScenarioReader.read(yaml, "logistic.yaml"), Map.of());
        return ScenarioRunner.run(cs, RunOptions.DEFAULT.withIntegrator(IntegratorKind.of(integrator)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "rate_per_day: 0.08, dormand-prince",
            "rate_per_day: 0.08, rosenbrock",
            "doubling_days: 12, dormand-prince",
            "doubling_days: 12, rosenbrock"})
    void matchesTheClosedFormAtDays10_50_100(String rateLine, String integrator) {
        RunResult r = run(rateLine, integrator, "");
        double rate = rateLine.startsWith("rate") ? 0.08 : Math.log(2) / (12 * (1 - N0 / K));
        for (int day : new int[] {10, 50, 100}) {
            assertThat(r.timeseries().rows().get(day)[1]).as("day %d", day)
                    .isCloseTo(logistic(N0, rate, day), withinPercentage(1e-6 * 100));
        }
        if (rateLine.startsWith("doubling")) {
            // at the initial size the specific rate r (1 − N0/K) is ln2 / Td: the burden doubles in
            // about Td while N stays far below K (here to 2.0e9 at day 12.3, not exactly 12)
            assertThat(r.timeseries().rows().get(12)[1] / N0).isCloseTo(2.0, withinPercentage(3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dormand-prince", "rosenbrock"})
    void aKillDoseRestartsTheClosedFormFromTheSurvivors(String integrator) {
        RunResult r = run("rate_per_day: 0.08", integrator,
                "treatments:\n  - {name: chemo, kill_fraction: 0.9, days: [30]}\n");
        double before = logistic(N0, 0.08, 30);
        DoseOutcome dose = r.summary().doses().get(0);
        assertThat(dose.tumorCellsBefore()).isCloseTo(before, withinPercentage(1e-6 * 100));
        assertThat(dose.tumorCellsAfter()).isCloseTo(0.1 * before, withinPercentage(1e-6 * 100));
        assertThat(r.timeseries().rows().get(80)[1])
                .isCloseTo(logistic(0.1 * before, 0.08, 50), withinPercentage(1e-6 * 100));
    }
}
