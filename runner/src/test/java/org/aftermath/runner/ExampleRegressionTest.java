package org.aftermath.runner;

import org.aftermath.ode.IntegratorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled Figure 3A/3B examples against the discrete repopulation model of Kim & Tannock
 * (LITERATURE.md §1.4): just before dose k+1, N = N0 · Π_{j≤k} SF · 2^(21/Td_j).
 */
class ExampleRegressionTest {

    private static final double REL_PERCENT = 1e-6 * 100;

    static CompiledScenario example(String name) {
        return ScenarioCompiler.compile(ScenarioReader.read(Runs.EXAMPLES.resolve(name)), Map.of());
    }

    private static RunResult run(String example, String integrator) {
        RunResult r = ScenarioRunner.run(example(example), RunOptions.DEFAULT.withIntegrator(IntegratorKind.of(integrator)));
        assertThat(r.simulation().stats().steps()).as("integrator took steps").isPositive();
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock", "auto"})
    void figure3aTd10BeforeTheSeventhDose(String integrator) {
        RunSummary s = run("figure-3a-td10.yaml", integrator).summary();
        assertThat(s.doses()).hasSize(7);
        double expected = 1e9 * Math.pow(0.1 * Math.pow(2, 21 / 10.0), 6);
        assertThat(s.doses().get(6).day()).isEqualTo(126.0);
        assertThat(s.doses().get(6).tumorCellsBefore()).isCloseTo(expected, withinPercentage(REL_PERCENT));
        assertThat(s.doses().get(6).tumorCellsAfter()).isCloseTo(expected * 0.1, withinPercentage(REL_PERCENT));
        // 0.1 · 2^2.1 = 0.43 < 1: every cycle shrinks the tumour, so it never regrows.
        assertThat(s.regrowthDay()).isNull();
        assertThat(s.nadirDay()).isEqualTo(126.0);
        assertThat(s.finalTumorCells()).isCloseTo(expected * 0.1 * Math.pow(2, 2.1), withinPercentage(REL_PERCENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void figure3aTd60BeforeTheSeventhDose(String integrator) {
        RunSummary s = run("figure-3a-td60.yaml", integrator).summary();
        double sf = 1 - s.doses().get(0).tumorCellsAfter() / s.doses().get(0).tumorCellsBefore();
        CompiledScenario cs = example("figure-3a-td60.yaml");
        double kill = cs.killFractions().values().iterator().next();
        assertThat(sf).isCloseTo(kill, within(1e-12));
        double expected = 1e9 * Math.pow((1 - kill) * Math.pow(2, 21 / 60.0), 6);
        assertThat(s.doses().get(6).tumorCellsBefore()).isCloseTo(expected, withinPercentage(REL_PERCENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock"})
    void figure3bAcceleratingRepopulation(String integrator) {
        RunSummary s = run("figure-3b.yaml", integrator).summary();
        double[] td = {60, 40, 25, 15, 10, 7, 5};
        double sf = 0.3;
        double n = 1e9;
        double lowestAfter = Double.POSITIVE_INFINITY;
        double lowestDay = -1;
        for (int k = 0; k < 7; k++) {
            DoseOutcome d = s.doses().get(k);
            assertThat(d.tumorCellsBefore()).as("before dose %d", k + 1).isCloseTo(n, withinPercentage(REL_PERCENT));
            n *= sf;
            if (n < lowestAfter) {
                lowestAfter = n;
                lowestDay = d.day();
            }
            n *= Math.pow(2, 21 / td[k]);
        }
        assertThat(s.finalTumorCells()).isCloseTo(n, withinPercentage(REL_PERCENT));
        assertThat(s.nadirDay()).isEqualTo(lowestDay);
        assertThat(s.nadirTumorCells()).isCloseTo(lowestAfter, withinPercentage(REL_PERCENT));
        // Regrowth: after the last dose (day 126) N = after7 · 2^((t-126)/5) reaches 1e9.
        double after7 = s.doses().get(6).tumorCellsAfter();
        double regrowth = 126 + 5 * Math.log(1e9 / after7) / Math.log(2);
        assertThat(s.regrowthDay()).isNotNull();
        assertThat(s.regrowthDay()).isCloseTo(regrowth, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"figure-3a-td10.yaml", "figure-3a-td60.yaml", "figure-3b.yaml"})
    void summaryDoesNotDependOnTheOutputStep(String example) {
        CompiledScenario cs = example(example);
        RunSummary daily = ScenarioRunner.run(cs, RunOptions.DEFAULT).summary();
        RunSummary weekly = ScenarioRunner.run(cs, RunOptions.DEFAULT.withOutputStep(7)).summary();
        assertThat(weekly).isEqualTo(daily);
    }

    @ParameterizedTest
    @ValueSource(strings = {"figure-3a-td10.yaml"})
    void timeseriesHasOneRowPerDayAndShowsPostDoseStates(String example) {
        RunResult r = ScenarioRunner.run(example(example), RunOptions.DEFAULT);
        Timeseries ts = r.timeseries();
        assertThat(ts.columns()).startsWith("day", "tumor_cells");
        assertThat(ts.rows()).hasSize(148);
        List<double[]> rows = ts.rows();
        assertThat(rows.get(21)[0]).isEqualTo(21.0);
        assertThat(rows.get(21)[1]).isCloseTo(r.summary().doses().get(1).tumorCellsAfter(), withinPercentage(1e-9));
        assertThat(rows.get(0)[1]).isCloseTo(1e8, withinPercentage(1e-9));
    }
}
