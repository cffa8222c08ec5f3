package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stiff reference problems with the reference values of LITERATURE.md §7 (Radau IIA and LSODA
 * agreeing to the digits shown). Run with RODAS4 (analytic and numerical Jacobian) and with
 * "auto", which must switch to RODAS4. Step-count ceilings are 1.5x the counts measured when the
 * tests were written, to catch efficiency regressions.
 */
class StiffProblemsTest {

    private static final double[] ROBERTSON_TIMES = {40, 4e5, 1e11};
    private static final double[][] ROBERTSON = {
        {7.158270687e-01, 9.185534765e-06, 2.841637457e-01},
        {4.938274521e-03, 1.984994088e-08, 9.950617056e-01},
        {2.0833401e-08, 8.333361e-14, 9.999999792e-01},
    };
    static final double[] HIRES = {
        7.371312573e-04, 1.442485726e-04, 5.888729741e-05, 1.175651343e-03,
        2.386356199e-03, 6.238968253e-03, 2.849998395e-03, 2.850001605e-03,
    };
    private static final double[] VAN_DER_POL = {1.7061674346, -8.928100197e-01};

    private static Integrator create(String name, Tolerances tolerances) {
        return IntegratorKind.of(name).create(tolerances);
    }

    /**
     * Piecewise 0 → 40 → 4e5 → 1e11 on one instance. atol 1e-20 because y2 falls to 8e-14.
     * y1, y3 to 1e-6 relative at all three times; y2 to 1e-6 at 40 and 4e5 and to 1e-4 at 1e11
     * (its reference has 7 digits); y1 + y2 + y3 = 1 to 1e-12 at every step end and interior point.
     */
    @ParameterizedTest(name = "{0}, analytic Jacobian {1}")
    @CsvSource({"rosenbrock, true, 18500", "rosenbrock, false, 18500", "auto, true, 25500"})
    void robertson(String name, boolean analyticJacobian, long maxSteps) {
        Integrator integrator = create(name, new Tolerances(1e-10, 1e-20));
        RobertsonProblem problem = new RobertsonProblem(analyticJacobian);
        IntegrationStats stats = new IntegrationStats();
        StepRecorder recorder = new StepRecorder(3, 0, y -> Math.abs(y[0] + y[1] + y[2] - 1));
        double[] y = {1, 0, 0};
        double t = 0;
        for (int k = 0; k < ROBERTSON_TIMES.length; k++) {
            integrator.integrate(problem, t, y, ROBERTSON_TIMES[k], recorder, stats);
            t = ROBERTSON_TIMES[k];
            assertThat(recorder.lastEnd()).isEqualTo(t);
            assertThat(y[0]).as("y1 at %s", t).isCloseTo(ROBERTSON[k][0], withPercentage(1e-4));
            assertThat(y[1]).as("y2 at %s", t).isCloseTo(ROBERTSON[k][1], withPercentage(k < 2 ? 1e-4 : 1e-2));
            assertThat(y[2]).as("y3 at %s", t).isCloseTo(ROBERTSON[k][2], withPercentage(1e-4));
            assertThat(y[0] + y[1] + y[2]).isCloseTo(1, within(1e-12));
        }
        assertThat(recorder.maxFunctional()).isLessThan(1e-12);
        assertStats(name, stats, recorder, maxSteps);
        if (integrator instanceof AutoIntegrator auto) {
            assertThat(auto.isStiff()).isTrue();
        }
    }

    /** All eight components to 1e-6 relative at t = 321.8122. */
    @ParameterizedTest(name = "{0}, analytic Jacobian {1}")
    @CsvSource({"rosenbrock, true, 18500", "rosenbrock, false, 18500", "auto, true, 26500"})
    void hires(String name, boolean analyticJacobian, long maxSteps) {
        Integrator integrator = create(name, new Tolerances(1e-10, 1e-14));
        IntegrationStats stats = new IntegrationStats();
        StepRecorder recorder = new StepRecorder(8, 0, y -> 0);
        double[] y = HiresProblem.initialState();

        integrator.integrate(new HiresProblem(analyticJacobian), 0, y, HiresProblem.T_END, recorder, stats);

        for (int i = 0; i < 8; i++) {
            assertThat(y[i]).as("y%d", i + 1).isCloseTo(HIRES[i], withPercentage(1e-4));
        }
        assertThat(recorder.lastEnd()).isEqualTo(HiresProblem.T_END);
        assertStats(name, stats, recorder, maxSteps);
    }

    /** ε = 1e-6 on [0, 2], both components to 1e-6 relative. */
    @ParameterizedTest(name = "{0}, analytic Jacobian {1}")
    @CsvSource({"rosenbrock, true, 18500", "rosenbrock, false, 18500", "auto, true, 18500"})
    void vanDerPol(String name, boolean analyticJacobian, long maxSteps) {
        Integrator integrator = create(name, new Tolerances(1e-9, 1e-9));
        VanDerPolProblem problem = new VanDerPolProblem(1e-6, analyticJacobian);
        IntegrationStats stats = new IntegrationStats();
        StepRecorder recorder = new StepRecorder(2, 0, y -> 0);
        double[] y = problem.initialState();

        integrator.integrate(problem, 0, y, 2, recorder, stats);

        assertThat(y[0]).isCloseTo(VAN_DER_POL[0], withPercentage(1e-4));
        assertThat(y[1]).isCloseTo(VAN_DER_POL[1], withPercentage(1e-4));
        assertStats(name, stats, recorder, maxSteps);
        if (integrator instanceof AutoIntegrator auto) {
            assertThat(auto.switchTime()).isBetween(0.0, 1e-3);
        }
    }

    private static void assertStats(String name, IntegrationStats stats, StepRecorder recorder, long maxSteps) {
        assertThat(stats.steps()).isEqualTo(recorder.steps()).isPositive().isLessThan(maxSteps);
        assertThat(stats.jacobianEvaluations()).isPositive();
        assertThat(stats.luDecompositions()).isGreaterThanOrEqualTo(stats.jacobianEvaluations());
        assertThat(stats.rhsEvaluations()).isGreaterThan(6 * stats.jacobianEvaluations());
        if (name.equals("rosenbrock")) {
            // one Jacobian per accepted step, reused after rejections
            assertThat(stats.jacobianEvaluations()).isEqualTo(stats.steps());
            assertThat(stats.luDecompositions()).isEqualTo(stats.steps() + stats.rejectedSteps());
        }
    }
}
