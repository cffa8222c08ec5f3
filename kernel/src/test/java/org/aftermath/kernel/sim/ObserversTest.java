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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grid sampling conventions and exact extrema, against hand-computed values. */
class ObserversTest {

    private static final String KILL_ONCE = """
            species N = 1e9;
            td = 10;
            -> N; ln(2) / td * N;
            tumor_cells := N;
            D1: at time >= 0: N = N * 0.1;
            D2: at time >= 20: N = N * 0.5;
            """;

    private static CompiledModel compile(String antimony) {
        return ModelCompiler.compile(AntimonyReader.parse(antimony, "test.ant"));
    }

    private static List<double[]> grid(CompiledModel m, double step, double days, SimulationObserver... more) {
        List<double[]> rows = new ArrayList<>();
        double[] obs = new double[m.observableNames().size()];
        List<SimulationObserver> observers = new ArrayList<>(List.of(more));
        observers.add(new GridSampler(step, (t, y, p) -> {
            m.observables(t, y, p, obs);
            rows.add(new double[] {t, obs[0]});
        }));
        new Simulator(m).run(null, 0, days, IntegratorKind.AUTO.create(Tolerances.DEFAULT), observers);
        return rows;
    }

    @Test
    void gridRowAtADoseShowsTheStateAfterTheDose() {
        List<double[]> rows = grid(compile(KILL_ONCE), 1, 30);
        assertThat(rows).hasSize(31);
        assertThat(rows.get(0)[1]).isCloseTo(1e8, withinPercentage(1e-8));
        double before20 = 1e8 * Math.pow(2, 2);
        assertThat(rows.get(20)[0]).isEqualTo(20.0);
        assertThat(rows.get(20)[1]).isCloseTo(before20 * 0.5, withinPercentage(1e-6));
        assertThat(rows.get(30)[0]).isEqualTo(30.0);
    }

    @Test
    void gridEndsExactlyAtTheHorizonEvenOffGrid() {
        List<double[]> rows = grid(compile(KILL_ONCE), 7, 30);
        assertThat(rows).extracting(r -> r[0]).containsExactly(0.0, 7.0, 14.0, 21.0, 28.0, 30.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 7, 0.3})
    void nadirAndRegrowthDoNotDependOnTheOutputGrid(double step) {
        NadirTracker nadir = new NadirTracker("tumor_cells");
        grid(compile(KILL_ONCE), step, 60, nadir);
        assertThat(nadir.initialValue()).isEqualTo(1e9);
        assertThat(nadir.nadirTime()).isEqualTo(0.0);
        assertThat(nadir.nadir()).isCloseTo(1e8, withinPercentage(1e-8));
        // N = 1e8 2^(t/10) until day 20 (4e8), halved to 2e8, then 2e8 2^((t-20)/10) = 1e9
        double regrowth = 20 + 10 * Math.log(5) / Math.log(2);
        assertThat(nadir.recoveryTime()).isCloseTo(regrowth, within(1e-7));
        assertThat(nadir.finalValue()).isCloseTo(2e8 * Math.pow(2, 4), withinPercentage(1e-6));
    }

    @Test
    void nadirInsideAStepIsLocatedOnTheDenseOutput() {
        // N = N0 exp(r (t^2/2 - 5 t)): minimum at t = 5, back to N0 at t = 10.
        CompiledModel m = compile("""
                species N = 1000;
                r = 0.4;
                -> N; r * (time - 5) * N;
                tumor_cells := N;
                """);
        NadirTracker nadir = new NadirTracker("tumor_cells");
        grid(m, 3, 12, nadir);
        assertThat(nadir.nadirTime()).isCloseTo(5.0, within(1e-6));
        assertThat(nadir.nadir()).isCloseTo(1000 * Math.exp(0.4 * (12.5 - 25)), withinPercentage(1e-6));
        assertThat(nadir.recoveryTime()).isCloseTo(10.0, within(1e-7));
    }

    @Test
    void aBurdenThatNeverShrinksRegrowsTheFirstTimeItExceedsItsStart() {
        // growing from the start: above N0 for every t > 0, so regrowth is day 0 (issue 11: kill 0
        // gave regrowth null while 1e9 cells grew to 2.7e13)
        NadirTracker growing = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                -> N; 0.1 * N;
                tumor_cells := N;
                """), 1, 10, growing);
        assertThat(growing.nadirTime()).isEqualTo(0.0);
        assertThat(growing.recoveryTime()).isEqualTo(0.0);
        // flat until day 4, then growing: the first time above N0 is day 4
        NadirTracker flatThenGrowing = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                r = 0;
                -> N; r * N;
                tumor_cells := N;
                G: at time >= 4: r = 0.1;
                """), 1, 10, flatThenGrowing);
        assertThat(flatThenGrowing.nadir()).isEqualTo(10.0);
        assertThat(flatThenGrowing.recoveryTime()).isCloseTo(4.0, within(1e-9));
        // a negative kill at day 0 doubles the burden: above N0 right after the event
        NadirTracker doubled = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                -> N; 0.1 * N;
                tumor_cells := N;
                D: at time >= 0: N = N * 2;
                """), 1, 10, doubled);
        assertThat(doubled.recoveryTime()).isEqualTo(0.0);
    }

    @Test
    void regrowthIsCountedAfterTheNadirEvenWhenTheBurdenFirstGrew() {
        // N = 10 e^(0.1 t) until day 5 (16.49), cut by 0.1 to 1.649 (the nadir), back to 10 after
        // 10 ln(10 / 1.649) = 18.03 days: regrowth 23.03, not day 0
        NadirTracker nadir = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                -> N; 0.1 * N;
                tumor_cells := N;
                D: at time >= 5: N = N * 0.1;
                """), 1, 40, nadir);
        assertThat(nadir.nadirTime()).isEqualTo(5.0);
        assertThat(nadir.recoveryTime()).isCloseTo(5 + 10 * Math.log(10 / (Math.exp(0.5))), within(1e-7));
    }

    @Test
    void noRegrowthWhenTheBurdenNeverExceedsItsStart() {
        NadirTracker flat = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                tumor_cells := N;
                """), 1, 10, flat);
        assertThat(flat.recoveryTime()).isNaN();
        NadirTracker shrinking = new NadirTracker("tumor_cells");
        grid(compile("""
                species N = 10;
                N -> ; 0.1 * N;
                tumor_cells := N;
                """), 1, 10, shrinking);
        assertThat(shrinking.recoveryTime()).isNaN();
        assertThat(shrinking.nadirTime()).isEqualTo(10.0);
    }

    @Test
    void eventsAfterTheHorizonAreSkippedAndEventsAtItApplied() {
        CompiledModel m = compile("""
                species N = 100;
                tumor_cells := N;
                A: at time >= 10: N = N / 2;
                B: at time >= 11: N = N / 2;
                """);
        EventLog log = new EventLog();
        SimulationResult r = new Simulator(m).run(null, 0, 10, IntegratorKind.AUTO.create(Tolerances.DEFAULT),
                List.of(log));
        assertThat(r.eventsApplied()).isEqualTo(1);
        assertThat(r.eventsSkipped()).isEqualTo(1);
        assertThat(log.entries()).singleElement().satisfies(e -> {
            assertThat(e.before()[0]).isEqualTo(100.0);
            assertThat(e.after()[0]).isEqualTo(50.0);
        });
    }
}
