package org.aftermath.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.compile.TangentModel;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Forward sensitivities through the whole kernel path (Antimony text → compiled model → generated tangents →
 * simulation with events): closed forms for growth with log-kill doses, a bolus whose time and amount are
 * parameters, an initial value set by an initial assignment; central differences of the plain simulator for a
 * nonlinear model with observables, Hill functions, powers and a piecewise rate.
 */
class SensitivitySimulatorTest {

    private static final Tolerances TIGHT = new Tolerances(1e-10, 1e-12);

    private static CompiledModel compile(String antimony) {
        return ModelCompiler.compile(AntimonyReader.parse(antimony, "test.ant"));
    }

    /** Unit directions of the named parameters. */
    private static double[][] directions(CompiledModel m, String... names) {
        double[][] d = new double[names.length][m.parameterNames().size()];
        for (int k = 0; k < names.length; k++) {
            int q = m.parameterIndex(names[k]);
            assertThat(q).as(names[k]).isNotNegative();
            d[k][q] = 1;
        }
        return d;
    }

    /** The state and its sensitivities at each time: rows of {y..., s_0..., s_1..., ...}. */
    private static List<double[]> run(CompiledModel m, double[][] dirs, double t1, double... times) {
        SensitivitySimulator sim = new SensitivitySimulator(TangentModel.of(m), TIGHT, true);
        SensitivitySimulator.Run run = sim.start(null, dirs, 0);
        List<double[]> rows = new ArrayList<>();
        sim.advance(run, t1, times, (t, y, p, s, dp) -> {
            int n = y.length;
            double[] row = new double[n * (1 + s.length) + 1];
            row[0] = t;
            System.arraycopy(y, 0, row, 1, n);
            for (int k = 0; k < s.length; k++) {
                System.arraycopy(s[k], 0, row, 1 + n * (k + 1), n);
            }
            rows.add(row);
        });
        return rows;
    }

    /** @return the relative error, asserted below the tolerance */
    private static double assertRelative(double actual, double expected, double tolerance, String what) {
        double error = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
        assertThat(error).as(what + ": " + actual + " vs " + expected).isLessThan(tolerance);
        return error;
    }

    @Test
    void exponentialGrowthWithLogKillDoses() {
        CompiledModel m = compile(GROWTH_WITH_DOSES + "D3: at time >= 42: N = N * (1 - kill);\n");
        double[] times = {0, 10, 21, 30, 42, 50};
        List<double[]> rows = run(m, directions(m, "td", "kill"), 50, times);
        assertThat(rows).hasSize(times.length);
        for (double[] row : rows) {
            double t = row[0];
            int doses = t >= 42 ? 3 : t >= 21 ? 2 : 1; // an output at a dose time shows the state after it
            double n = 1e9 * Math.pow(2, t / 10) * Math.pow(0.1, doses);
            assertRelative(row[1], n, 1e-8, "N(" + t + ")");
            if (t > 0) {
                assertRelative(row[2], -n * Math.log(2) * t / 100, 1e-7, "dN/dtd at " + t);
            }
            assertRelative(row[3], -doses * n / 0.1, 1e-7, "dN/dkill at " + t);
        }
    }

    /** The state at each time from a values-only simulator. */
    private static List<double[]> values(CompiledModel m, double t1, double... times) {
        SensitivitySimulator sim = SensitivitySimulator.valuesOnly(m, TIGHT);
        SensitivitySimulator.Run run = sim.start(null, new double[0][], 0);
        List<double[]> rows = new ArrayList<>();
        sim.advance(run, t1, times, (t, y, p, s, dp) -> rows.add(y.clone()));
        return rows;
    }

    private static final String GROWTH_WITH_DOSES = """
            species N = 1e9;
            td = 10;
            kill = 0.9;
            -> N; ln(2) / td * N;
            D1: at time >= 0: N = N * (1 - kill);
            D2: at time >= 21: N = N * (1 - kill);
            """;

    @Test
    void valuesOnlyGiveTheNumbersOfARunWithTangentsWithoutTheirCodeOnEitherBackEnd() {
        CompiledModel generated = compile(GROWTH_WITH_DOSES);
        double[] times = {0, 10, 21, 30};
        List<double[]> withTangents = run(generated, new double[0][], 30, times);
        List<double[]> alone = values(generated, 30, times);
        List<double[]> interpreted = values(ModelCompiler.compile(AntimonyReader.parse(GROWTH_WITH_DOSES, "test.ant"),
                ModelCompiler.Backend.INTERPRETED), 30, times);
        assertThat(alone).hasSize(times.length);
        for (int i = 0; i < times.length; i++) {
            assertThat(alone.get(i)[0]).as("t = " + times[i]).isEqualTo(withTangents.get(i)[1]);
            double n = 1e9 * Math.pow(2, times[i] / 10) * Math.pow(0.1, times[i] >= 21 ? 2 : 1);
            assertRelative(interpreted.get(i)[0], n, 1e-8, "interpreted N(" + times[i] + ")");
        }
        assertThat(SensitivitySimulator.unsupported(generated)).isNull();
    }

    /**
     * y' = −k·y from y(0) = y0, and an event at y &lt; c that resets y to y0: it fires at multiples of the period
     * T = ln(y0/c)/k, and between the n-th and the next firing y = y0·exp(−k·(t − nT)); hence dy/dk = −t·y,
     * dy/dy0 = (n + 1)·y/y0 and dy/dc = −n·y/c (each crossing moves by n·dT). The trigger time's tangent
     * (dT/dk = −T/k, dT/dy0 = 1/(k·y0), dT/dc = −1/(k·c)) enters each through the jump, so a wrong dτ shows.
     */
    @Test
    void aTriggerWatchedOnTheStateFiresAtItsCrossingWithTheSensitivityJumpOfAMovingTime() {
        CompiledModel m = compile(RESET);
        double k = 0.5;
        double y0 = 8;
        double c = 1;
        double period = Math.log(y0 / c) / k;
        double[] times = {1, 3, 4.16, 5, 7, 8.32, 9, 11, 13}; // firings at 4.1589, 8.3178, 12.477
        List<double[]> rows = run(m, directions(m, "k", "y0", "c"), 13, times);
        List<double[]> alone = values(m, 13, times);
        assertThat(rows).hasSize(times.length);
        double[] worst = new double[2];
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            double t = row[0];
            int n = (int) Math.floor(t / period);
            double y = y0 * Math.exp(-k * (t - n * period));
            worst[0] = Math.max(worst[0], assertRelative(row[1], y, 1e-8, "y(" + t + ")"));
            worst[0] = Math.max(worst[0], assertRelative(alone.get(i)[0], y, 1e-8, "y(" + t + ") from values alone"));
            worst[1] = Math.max(worst[1], assertRelative(row[2], -t * y, 1e-6, "dy/dk at " + t));
            worst[1] = Math.max(worst[1], assertRelative(row[3], (n + 1) * y / y0, 1e-6, "dy/dy0 at " + t));
            if (n > 0) {
                worst[1] = Math.max(worst[1], assertRelative(row[4], -n * y / c, 1e-6, "dy/dc at " + t));
            } else {
                assertThat(row[4]).as("dy/dc before the first firing").isZero();
            }
        }
        System.out.printf("reset at y < c: worst relative error %.2e (values), %.2e (sensitivities)%n", worst[0],
                worst[1]);
    }

    private static final String RESET = """
            species y;
            k = 0.5; y0 = 8; c = 1;
            y = y0;
            y -> ; k * y;
            E: at y < c: y = y0;
            """;

    /**
     * Liu's extinction threshold: y' = −k·y, and at y &lt; c the event sets y = 0 at T = ln(y0/c)/k, after which y
     * stays 0 and so does every sensitivity (f⁺ = 0 and the assigned value does not depend on anything).
     */
    @Test
    void anExtinctionThresholdSetsTheStateToZeroAtItsCrossing() {
        CompiledModel m = compile("""
                species y = 8;
                k = 0.5; c = 1e-3;
                y -> ; k * y;
                E: at y < c: y = 0;
                """);
        double extinction = Math.log(8 / 1e-3) / 0.5;
        double[] times = {5, 15, extinction - 1e-3, 20, 30};
        List<double[]> rows = run(m, directions(m, "k"), 30, times);
        for (double[] row : rows) {
            double t = row[0];
            if (t < extinction) {
                assertRelative(row[1], 8 * Math.exp(-0.5 * t), 1e-8, "y(" + t + ")");
                assertRelative(row[2], -t * 8 * Math.exp(-0.5 * t), 1e-6, "dy/dk at " + t);
            } else {
                assertThat(row[1]).as("y(" + t + ")").isZero();
                assertThat(row[2]).as("dy/dk at " + t).isZero();
            }
        }
    }

    /**
     * The fit's simulator and {@code aftermath run}'s give the same values for a model where a refill watched on the
     * state (A &lt; 1: A += 5, at t = 4.67, 7.23 and 9.79) and a scheduled dose (t = 3: A += 2) interact: each
     * simulator's own event handling, at tolerances where both integrations are accurate to about 1e-10.
     */
    @Test
    void aWatchedEventBesideAScheduledOneGivesTheRunSimulatorsValues() {
        CompiledModel m = compile("""
                species A = 10, B = 0;
                k = 0.7; c = 1;
                A -> B; k * A;
                B -> ; 0.2 * B;
                Refill: at A < c: A = A + 5;
                Dose: at time >= 3: A = A + 2;
                """);
        double[] times = java.util.stream.IntStream.rangeClosed(1, 20).mapToDouble(i -> 0.5 * i).toArray();
        SensitivitySimulator fit = SensitivitySimulator.valuesOnly(m, new Tolerances(1e-12, 1e-14));
        SensitivitySimulator.Run run = fit.start(null, new double[0][], 0);
        List<double[]> ours = new ArrayList<>();
        fit.advance(run, 10, times, (t, y, p, s, dp) -> ours.add(y.clone()));
        List<double[]> theirs = new ArrayList<>();
        SimulationResult r = new Simulator(m).run(null, 0, 10, IntegratorKind.ROSENBROCK.create(
                new Tolerances(1e-12, 1e-14)), List.of(new GridSampler(0.5, (t, y, p) -> {
                    if (t > 0) {
                        theirs.add(y.clone());
                    }
                })));
        assertThat(r.eventsApplied()).as("three refills and the dose").isEqualTo(4);
        assertThat(ours).hasSize(times.length);
        assertThat(theirs).hasSize(times.length);
        for (int i = 0; i < times.length; i++) {
            for (int j = 0; j < 2; j++) {
                assertRelative(ours.get(i)[j], theirs.get(i)[j], 1e-8, m.stateNames().get(j) + "(" + times[i] + ")");
            }
        }
    }

    @Test
    void sensitivitiesOfAWatchedTriggerOfTwoComparisonsAreRefusedWithTheReason() {
        CompiledModel m = compile("""
                species y = 8, z = 1;
                y -> ; 0.5 * y;
                E: at y < 1 && z > 0.5: y = 8;
                """);
        assertThat(SensitivitySimulator.unsupported(m)).isNull();
        assertThatThrownBy(() -> TangentModel.of(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event E: sensitivities of a trigger watched on the state need one comparison of states"
                        + " and parameters (this one has 2 such and 0 of time)");
    }

    @Test
    void aStepInputSwitchedOnByAPiecewiseConditionIsIntegratedExactlyFromItsSwitchTime() {
        // x' = k H(t - t0), Isensee's form of the step: x(t) = k max(0, t - t0), dx/dk = max(0, t - t0). With the
        // integration stopped at t0, each piece is linear and RODAS4 solves it to roundoff at any tolerance; stepping
        // across the jump, the error would be of the order of the (loose) tolerance
        CompiledModel m = compile("""
                species x = 0;
                k = 2;
                t0 = 3.7;
                u := piecewise(0, time - t0 < 0, 1);
                -> x; k * u;
                """);
        assertThat(m.rightHandSideSwitches().at(m.defaultParameters())).containsExactly(3.7);
        Tolerances loose = new Tolerances(1e-4, 1e-6);
        double[] times = {1, 3.7, 5, 10};
        SensitivitySimulator sim = new SensitivitySimulator(TangentModel.of(m), loose, true);
        SensitivitySimulator.Run run = sim.start(null, directions(m, "k"), 0);
        List<double[]> withSensitivity = new ArrayList<>();
        sim.advance(run, 10, times, (t, y, p, s, dp) -> withSensitivity.add(new double[] {y[0], s[0][0]}));
        SensitivitySimulator alone = SensitivitySimulator.valuesOnly(m, loose);
        SensitivitySimulator.Run valueRun = alone.start(null, new double[0][], 0);
        List<Double> values = new ArrayList<>();
        alone.advance(valueRun, 10, times, (t, y, p, s, dp) -> values.add(y[0]));
        for (int i = 0; i < times.length; i++) {
            double ramp = Math.max(0, times[i] - 3.7);
            assertThat(withSensitivity.get(i)[0]).as("x(" + times[i] + ")").isCloseTo(2 * ramp, within(1e-12));
            assertThat(withSensitivity.get(i)[1]).as("dx/dk(" + times[i] + ")").isCloseTo(ramp, within(1e-12));
            assertThat(values.get(i)).as("values only, x(" + times[i] + ")").isEqualTo(withSensitivity.get(i)[0]);
        }
        // a direction that moves the switch time is refused (its sensitivity jump is not implemented)
        assertThatThrownBy(() -> sim.start(null, directions(m, "t0"), 0)).hasMessageContaining("reads 't0'");
    }

    @Test
    void aBolusWhoseTimeAndAmountAreParameters() {
        CompiledModel m = compile("""
                species A = 0;
                k = 0.3; dose = 50; tdose = 2;
                A -> ; k * A;
                Bolus: at time >= tdose: A = A + dose;
                """);
        double[] times = {1, 2, 3.5, 8};
        List<double[]> rows = run(m, directions(m, "k", "dose", "tdose"), 8, times);
        for (double[] row : rows) {
            double t = row[0];
            double a = t >= 2 ? 50 * Math.exp(-0.3 * (t - 2)) : 0;
            assertThat(row[1]).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-8 * 50));
            if (t > 2) {
                assertRelative(row[2], -(t - 2) * a, 1e-7, "dA/dk at " + t);
                assertRelative(row[3], a / 50, 1e-7, "dA/ddose at " + t);
                assertRelative(row[4], 0.3 * a, 1e-7, "dA/dtdose at " + t);
            } else if (t < 2) {
                assertThat(row[2]).isZero();
                assertThat(row[4]).isZero();
            }
        }
    }

    @Test
    void anInitialValueSetByAnInitialAssignmentAndAnObservable() {
        CompiledModel m = compile("""
                species N;
                n0 = 100; r = 0.2; K = 1e4;
                N = n0;
                -> N; r * N * (1 - N / K);
                logN := ln(N);
                """);
        TangentModel tangents = TangentModel.of(m);
        SensitivitySimulator sim = new SensitivitySimulator(tangents, TIGHT, true);
        SensitivitySimulator.Run run = sim.start(null, directions(m, "n0", "r"), 0);
        assertThat(run.sensitivities()[0][0]).isEqualTo(1.0);
        double[] obs = new double[1];
        double[] dobs = new double[1];
        sim.advance(run, 20, new double[] {20}, (t, y, p, s, dp) -> {
            tangents.observables(t, y, p, s[0], dp[0], obs, dobs);
        });
        double e = Math.exp(-0.2 * 20);
        double a = 1e4 / 100 - 1;
        double n = 1e4 / (1 + a * e);
        double dn0 = 1e4 * 1e4 * e / (100 * 100 * (1 + a * e) * (1 + a * e));
        assertRelative(run.state()[0], n, 1e-8, "N(20)");
        assertRelative(run.sensitivities()[0][0], dn0, 1e-7, "dN/dn0");
        assertRelative(obs[0], Math.log(n), 1e-9, "ln N");
        assertRelative(dobs[0], dn0 / n, 1e-7, "d ln N / dn0");
    }

    /** Central differences of the plain simulator, each parameter moved by ±1e-4 relative. */
    @Test
    void aNonlinearModelAgreesWithCentralDifferences() {
        String text = """
                species S = 10, E = 1, C = 0, P = 0, X = 2;
                kon = 0.5; koff = 0.1; kcat = 0.8; vmax = 1.2; km = 3; n = 2.5; kx = 0.05; thr = 50;
                act := hill(P, km, n);
                S + E -> C; kon * S * E;
                C -> S + E; koff * C;
                C -> P + E; kcat * C;
                -> X; vmax * act * X^0.5 - kx * X^2;
                P -> ; piecewise(0.3 * P, P > thr, 0.01 * P * max(1, X / 30));
                D: at time >= 5: X = X * 0.5;
                """;
        CompiledModel m = compile(text);
        String[] names = {"kon", "koff", "kcat", "vmax", "km", "n", "kx"};
        double[] times = {3, 7, 12};
        List<double[]> rows = run(m, directions(m, names), 12, times);
        int n = m.stateNames().size();
        double[] base = m.defaultParameters();
        for (int k = 0; k < names.length; k++) {
            int q = m.parameterIndex(names[k]);
            double h = 1e-4 * base[q];
            double[] up = base.clone();
            double[] down = base.clone();
            up[q] += h;
            down[q] -= h;
            List<double[]> yu = states(m, up, times);
            List<double[]> yd = states(m, down, times);
            for (int r = 0; r < times.length; r++) {
                for (int i = 0; i < n; i++) {
                    double fd = (yu.get(r)[i] - yd.get(r)[i]) / (2 * h);
                    double s = rows.get(r)[1 + n * (k + 1) + i];
                    double scale = Math.max(Math.abs(fd), 1e-3);
                    assertThat(Math.abs(s - fd) / scale).as("d " + m.stateNames().get(i) + " / d " + names[k]
                            + " at " + times[r] + ": " + s + " vs " + fd).isLessThan(1e-5);
                }
            }
        }
    }

    private static List<double[]> states(CompiledModel m, double[] p, double[] times) {
        List<double[]> out = new ArrayList<>();
        for (double t : times) {
            SimulationResult r = new Simulator(m).run(p, 0, t,
                    IntegratorKind.ROSENBROCK.create(new Tolerances(1e-12, 1e-14)), List.of());
            out.add(r.finalState());
        }
        return out;
    }

    @Test
    void steadyStateOfALinearSystemAndItsSensitivity() {
        // A' = ksyn - kdeg A: at rest A = ksyn / kdeg, dA/dksyn = 1 / kdeg, dA/dkdeg = -ksyn / kdeg²
        CompiledModel m = compile("""
                species A = 0;
                ksyn = 2; kdeg = 0.5;
                -> A; ksyn;
                A -> ; kdeg * A;
                """);
        SensitivitySimulator sim = new SensitivitySimulator(TangentModel.of(m), TIGHT, true);
        SensitivitySimulator.Run run = sim.start(null, directions(m, "ksyn", "kdeg"), 0);
        assertThat(sim.steadyState(run, 1e6)).isTrue();
        assertRelative(run.state()[0], 4, 1e-8, "A");
        assertRelative(run.sensitivities()[0][0], 2, 1e-7, "dA/dksyn");
        assertRelative(run.sensitivities()[1][0], -8, 1e-7, "dA/dkdeg");
        IntegrationStats stats = run.stats();
        assertThat(stats.steps()).isPositive();
    }

    /** A fast oscillator, x' = w·y, y' = −w·x from (1, 0): x = cos(wt), y = −sin(wt); about 1,600 periods to t = 100. */
    private static final String OSCILLATOR = """
            species x = 1;
            species y = 0;
            w = 100;
            -> x; w * y;
            -> y; -w * x;
            """;

    @Test
    void aStepLimitEndsARunThatNeedsMoreStepsBetweenTwoOutputs() {
        CompiledModel m = compile(OSCILLATOR);
        SensitivitySimulator limited = SensitivitySimulator.valuesOnly(m, TIGHT).withStepLimit(1000);
        SensitivitySimulator.Run far = limited.start(null, new double[0][], 0);
        assertThatThrownBy(() -> limited.advance(far, 100, new double[] {100}, (t, y, p, s, dp) -> { }))
                .isInstanceOf(org.aftermath.ode.IntegrationException.class)
                .hasMessageContaining("more than 1000 steps between two output times");
        // outputs every 0.1 (1.6 periods): the same limit holds between each two, and the run reaches t = 100
        double[] times = new double[1000];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.1 * (i + 1);
        }
        SensitivitySimulator.Run near = limited.start(null, new double[0][], 0);
        double[] last = new double[2];
        limited.advance(near, 100, times, (t, y, p, s, dp) -> System.arraycopy(y, 0, last, 0, 2));
        assertThat(last[0]).isCloseTo(Math.cos(100 * 100.0), within(1e-5));
        assertThat(last[1]).isCloseTo(-Math.sin(100 * 100.0), within(1e-5));
        assertThatThrownBy(() -> limited.withStepLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
