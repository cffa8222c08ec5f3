package org.aftermath.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closed-form checks run through the whole kernel path (Antimony text → compiled model →
 * simulator with events → observers), with each integrator, asserting the integrator did work.
 */
class SimulatorClosedFormTest {

    private static final double REL = 1e-6;

    private static CompiledModel compile(String antimony) {
        return ModelCompiler.compile(AntimonyReader.parse(antimony, "test.ant"));
    }

    /** Records the observable values at the requested times from the grid sampler. */
    private static List<double[]> sample(CompiledModel m, double step, double days, String integrator,
                                         SimulationResult[] result) {
        List<double[]> rows = new ArrayList<>();
        double[] obs = new double[m.observableNames().size()];
        GridSampler sampler = new GridSampler(step, (t, y, p) -> {
            m.observables(t, y, p, obs);
            double[] row = new double[obs.length + 1];
            row[0] = t;
            System.arraycopy(obs, 0, row, 1, obs.length);
            rows.add(row);
        });
        result[0] = new Simulator(m).run(null, 0, days,
                IntegratorKind.of(integrator).create(Tolerances.DEFAULT), List.of(sampler));
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void exponentialGrowthWithLogKillEvents(String integrator) {
        CompiledModel m = compile("""
                species N = 1e9;
                td = 10;
                kill = 0.9;
                -> N; ln(2) / td * N;
                tumor_cells := N;
                D1: at time >= 0: N = N * (1 - kill);
                D2: at time >= 21: N = N * (1 - kill);
                D3: at time >= 42: N = N * (1 - kill);
                """);
        EventLog log = new EventLog();
        SimulationResult r = new Simulator(m).run(null, 0, 63, IntegratorKind.of(integrator).create(Tolerances.DEFAULT),
                List.of(log));
        assertThat(r.stats().steps()).isPositive();
        assertThat(r.eventsApplied()).isEqualTo(3);
        double growth = Math.pow(2, 21 / 10.0);
        double expectedBefore3 = 1e9 * Math.pow(0.1 * growth, 2);
        assertThat(log.entries().get(2).before()[0]).isCloseTo(expectedBefore3, withinPercentage(REL * 100));
        assertThat(log.entries().get(2).after()[0]).isCloseTo(expectedBefore3 * 0.1, withinPercentage(REL * 100));
        assertThat(r.finalState()[0]).isCloseTo(1e9 * Math.pow(0.1 * growth, 3), withinPercentage(REL * 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void gompertzMatchesClosedForm(String integrator) {
        double n0 = 1e9, k = 1e12, a = 0.03;
        CompiledModel m = compile("""
                species N = 1e9;
                K = 1e12; a = 0.03;
                -> N; a * N * ln(K / N);
                tumor_cells := N;
                """);
        SimulationResult[] r = new SimulationResult[1];
        List<double[]> rows = sample(m, 10, 100, integrator, r);
        assertThat(r[0].stats().steps()).isPositive();
        for (double[] row : rows) {
            double t = row[0];
            double exact = k * Math.exp(Math.log(n0 / k) * Math.exp(-a * t));
            assertThat(row[1]).as("t=%s", t).isCloseTo(exact, withinPercentage(REL * 100));
        }
        assertThat(rows).hasSize(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void logisticMatchesClosedForm(String integrator) {
        double n0 = 1e6, k = 1e10, r = 0.2;
        CompiledModel m = compile("""
                species N = 1e6;
                K = 1e10; r = 0.2;
                -> N; r * N * (1 - N / K);
                tumor_cells := N;
                """);
        SimulationResult[] res = new SimulationResult[1];
        List<double[]> rows = sample(m, 5, 120, integrator, res);
        assertThat(res[0].stats().steps()).isPositive();
        for (double[] row : rows) {
            double exact = k / (1 + (k / n0 - 1) * Math.exp(-r * row[0]));
            assertThat(row[1]).as("t=%s", row[0]).isCloseTo(exact, withinPercentage(REL * 100));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void oneCompartmentRepeatedBolusesSuperpose(String integrator) {
        double dose = 100, ke = Math.log(2) / 0.8;
        StringBuilder src = new StringBuilder("""
                species A = 0;
                ke = %s; dose = 100;
                A -> ; ke * A;
                amount := A;
                """.formatted(Double.toString(ke)));
        for (int d = 0; d < 5; d++) {
            src.append("B").append(d).append(": at time >= ").append(d * 2).append(": A = A + dose;\n");
        }
        CompiledModel m = compile(src.toString());
        SimulationResult[] r = new SimulationResult[1];
        List<double[]> rows = sample(m, 0.25, 12, integrator, r);
        assertThat(r[0].stats().steps()).isPositive();
        for (double[] row : rows) {
            double t = row[0];
            double exact = 0;
            for (int d = 0; d < 5; d++) {
                if (d * 2 <= t) {
                    exact += dose * Math.exp(-ke * (t - d * 2));
                }
            }
            assertThat(row[1]).as("t=%s", t).isCloseTo(exact, within(Math.abs(exact) * REL + 1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void twoCompartmentRepeatedBolusesSuperposeAndConserveMass(String integrator) {
        double k10 = 0.9, k12 = 2.0, k21 = 0.3, dose = 60;
        double sum = k10 + k12 + k21;
        double disc = Math.sqrt(sum * sum - 4 * k10 * k21);
        double alpha = (sum + disc) / 2, beta = (sum - disc) / 2;
        String src = """
                species A1 = 0; species A2 = 0; species E = 0;
                k10 = 0.9; k12 = 2.0; k21 = 0.3; dose = 60;
                elim: A1 -> E; k10 * A1;
                dist: A1 -> A2; k12 * A1;
                back: A2 -> A1; k21 * A2;
                central := A1;
                peripheral := A2;
                total := A1 + A2 + E;
                B0: at time >= 0: A1 = A1 + dose;
                B1: at time >= 7: A1 = A1 + dose;
                B2: at time >= 14: A1 = A1 + dose;
                """;
        CompiledModel m = compile(src);
        SimulationResult[] r = new SimulationResult[1];
        List<double[]> rows = sample(m, 0.5, 21, integrator, r);
        assertThat(r[0].stats().steps()).isPositive();
        for (double[] row : rows) {
            double t = row[0];
            double c = 0, p = 0;
            int doses = 0;
            for (double td : new double[] {0, 7, 14}) {
                if (td <= t) {
                    double s = t - td;
                    c += dose * ((alpha - k21) * Math.exp(-alpha * s) + (k21 - beta) * Math.exp(-beta * s)) / (alpha - beta);
                    p += dose * k12 * (Math.exp(-beta * s) - Math.exp(-alpha * s)) / (alpha - beta);
                    doses++;
                }
            }
            assertThat(row[1]).as("central t=%s", t).isCloseTo(c, within(c * REL + 1e-9));
            assertThat(row[2]).as("peripheral t=%s", t).isCloseTo(p, within(p * REL + 1e-9));
            assertThat(row[3]).as("mass t=%s", t).isCloseTo(doses * dose, within(doses * dose * 1e-9));
        }
    }
}
