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
 * Gompertz scenarios against N(t) = K exp(ln(N0/K) e^(−a t)) (LITERATURE.md §1.1), for both
 * parameterisations: the rate a given directly, or the doubling time Td at the initial size with
 * a = ln2 / (Td ln(K/N0)).
 */
class GompertzScenarioTest {

    private static final double N0 = 1e9;
    private static final double K = 1e12;

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "rate_per_day: 0.02, dormand-prince",
            "rate_per_day: 0.02, rosenbrock",
            "doubling_days: 12, dormand-prince",
            "doubling_days: 12, rosenbrock"})
    void matchesTheClosedFormAtDays10_50_100(String rateLine, String integrator) {
        String yaml = """
                name: gompertz
                days: 100
                tumor:
                  cells: 1.0e9
                  growth:
                    law: gompertz
                    carrying_capacity: 1.0e12
                    %s
                """.formatted(rateLine);
        CompiledScenario cs = ScenarioCompiler.compile(ScenarioReader.read(yaml, "gompertz.yaml"), Map.of());
        RunResult r = ScenarioRunner.run(cs, RunOptions.DEFAULT.withIntegrator(IntegratorKind.of(integrator)));
        assertThat(r.simulation().stats().steps()).isPositive();
        double a = rateLine.startsWith("rate")
                ? 0.02
                : Math.log(2) / (12 * Math.log(K / N0));
        for (int day : new int[] {10, 50, 100}) {
            double exact = K * Math.exp(Math.log(N0 / K) * Math.exp(-a * day));
            assertThat(r.timeseries().rows().get(day)[1]).as("day %d", day)
                    .isCloseTo(exact, withinPercentage(1e-6 * 100));
        }
    }
}
