package org.aftermath.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.compile.TangentModel;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.SensitivitySimulator;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Forward sensitivities of the review's Figure 3C model (doxorubicin with the damaged microenvironment: 47 states,
 * the doses as events) against central differences of the plain simulator: the derivative of the tumour burden at
 * days 10, 20 and 30 by four parameters of different parts of the model (growth, pharmacokinetics, kill, stroma).
 * The same for a xenograft arm of Sun et al. 2012's design (mouse mitoxantrone from day 14): before the first dose
 * and between doses the plasma concentration sits at 0 and round-off below it, where the drug effect's law must
 * have finite derivatives (max(plasma, 0)^hill had a 0 * inf second derivative: the sensitivity integrator failed).
 */
class FigureThreeCSensitivityTest {

    @Test
    void tumourBurdenSensitivitiesAgreeWithCentralDifferences() throws IOException {
        check("figure-3c-dox-alone.yaml", new double[] {10, 20, 30}, "doubling_days", "doxorubicin_k10", "doxorubicin_kill_eps", "d_fib");
    }

    @Test
    void xenograftSensitivitiesAreFiniteWhileThePlasmaConcentrationIsZero() throws IOException {
        check("xenograft/pc3-psc27-mitoxantrone.yaml", new double[] {20, 25, 30}, "doubling_days", "mitoxantrone_k10", "mitoxantrone_kill_eps",
                "mitoxantrone_ec50");
    }

    private static void check(String example, double[] times, String... parameters) throws IOException {
        final String[] PARAMETERS = parameters;
        final double[] TIMES = times;
        Path file = Runs.EXAMPLES.resolve(example);
        String text = Files.readString(file).replaceFirst("(?m)^days: .*$", "days: 30");
        CompiledModel m = ModelCompiler.compile(ScenarioCompiler.compile(ScenarioReader.read(text, file.toString()),
                Map.of()).model());
        int burden = m.observableIndex("tumor_cells");
        double[] base = m.defaultParameters();
        double[][] directions = new double[PARAMETERS.length][base.length];
        for (int k = 0; k < PARAMETERS.length; k++) {
            int q = m.parameterIndex(PARAMETERS[k]);
            assertThat(q).as(PARAMETERS[k]).isNotNegative();
            directions[k][q] = base[q]; // d / d ln θ
        }
        TangentModel tangents = TangentModel.of(m);
        SensitivitySimulator sim = new SensitivitySimulator(tangents, new Tolerances(1e-8, 1e-6), true);
        SensitivitySimulator.Run run = sim.start(base, directions, 0);
        double[][] sens = new double[TIMES.length][PARAMETERS.length];
        int[] row = {0};
        double[] obs = new double[m.observableNames().size()];
        double[] dObs = new double[obs.length];
        sim.advance(run, 30, TIMES, (t, y, p, s, dp) -> {
            for (int k = 0; k < PARAMETERS.length; k++) {
                tangents.observables(t, y, p, s[k], dp[k], obs, dObs);
                sens[row[0]][k] = dObs[burden];
            }
            row[0]++;
        });
        double worst = 0;
        for (int k = 0; k < PARAMETERS.length; k++) {
            int q = m.parameterIndex(PARAMETERS[k]);
            double h = 1e-4;
            double[] up = base.clone();
            double[] down = base.clone();
            up[q] = base[q] * Math.exp(h);
            down[q] = base[q] * Math.exp(-h);
            double[] yu = burden(m, up, TIMES);
            double[] yd = burden(m, down, TIMES);
            for (int r = 0; r < TIMES.length; r++) {
                double fd = (yu[r] - yd[r]) / (2 * h);
                assertThat(Math.abs(sens[r][k] - fd) / Math.abs(fd)).as("d burden(" + TIMES[r] + ") / d ln "
                        + PARAMETERS[k] + ": " + sens[r][k] + " vs " + fd).isLessThan(1e-4);
                worst = Math.max(worst, Math.abs(sens[r][k] - fd) / Math.abs(fd));
            }
        }
        System.out.println(example + ": worst relative deviation of sensitivities from central differences " + worst);
    }

    private static double[] burden(CompiledModel m, double[] p, double[] times) {
        List<Double> out = new ArrayList<>();
        GridSampler sampler = new GridSampler(5, (t, y, q) -> {
            if (t > 0 && java.util.Arrays.binarySearch(times, t) >= 0) {
                out.add(m.observable(m.observableIndex("tumor_cells"), t, y, q));
            }
        });
        new Simulator(m).run(p, 0, 30, IntegratorKind.ROSENBROCK.create(new Tolerances(1e-10, 1e-8)), List.of(sampler));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
