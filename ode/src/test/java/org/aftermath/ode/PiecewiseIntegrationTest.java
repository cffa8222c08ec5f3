package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Integration in pieces, as between dose events: accuracy holds and the step-size hint pays. */
class PiecewiseIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock", "auto"})
    void oneInstanceAcrossPiecesIsAccurateAndCheaperThanFreshInstances(String name) {
        GompertzProblem problem = new GompertzProblem(0.07, 1e12, 1e9, 150);
        Integrator reused = IntegratorKind.of(name).create(Tolerances.DEFAULT);
        IntegrationStats reusedStats = new IntegrationStats();
        IntegrationStats freshStats = new IntegrationStats();
        ErrorTrackingListener listener = new ErrorTrackingListener(problem, 3);
        double[] y = problem.initialState();
        double[] z = problem.initialState();
        for (int k = 0; k < 15; k++) {
            reused.integrate(problem, 10 * k, y, 10 * (k + 1), listener, reusedStats);
            IntegratorKind.of(name).create(Tolerances.DEFAULT)
                    .integrate(problem, 10 * k, z, 10 * (k + 1), StepListener.NONE, freshStats);
        }

        assertThat(listener.lastEnd()).isEqualTo(150);
        assertThat(listener.maxEndError()).isLessThan(1e-8);
        assertThat(problem.relativeError(150, y)).isLessThan(1e-8);
        assertThat(problem.relativeError(150, z)).isLessThan(1e-8);
        assertThat(reusedStats.rhsEvaluations()).isLessThan(freshStats.rhsEvaluations());
    }

    /**
     * Events can be a few ulp apart. Intervals from 1 ulp of t = 100 up to 1e-8 days are each
     * integrated in one step; over such spans y0 + span·f(t0, y0) is exact to rounding.
     */
    @ParameterizedTest
    @ValueSource(strings = {"auto", "dormand-prince", "dormand-prince-853", "rosenbrock"})
    void intervalsOfAFewUlpAreIntegrated(String name) {
        GompertzProblem problem = new GompertzProblem(0.07, 1e12, 1e9, 1);
        double t0 = 100;
        double[] f0 = new double[1];
        problem.derivatives(t0, problem.initialState(), f0);
        for (double span : new double[] {Math.ulp(t0), 5 * Math.ulp(t0), 1e-12, 1e-10, 1e-8}) {
            IntegrationStats stats = new IntegrationStats();
            StepRecorder recorder = new StepRecorder(1, t0, y -> 0);
            double[] y = problem.initialState();

            IntegratorKind.of(name).create(Tolerances.DEFAULT).integrate(problem, t0, y, t0 + span, recorder, stats);

            assertThat(recorder.lastEnd()).isEqualTo(t0 + span);
            assertThat(stats.steps()).isEqualTo(1);
            double euler = 1e9 + ((t0 + span) - t0) * f0[0]; // the span t1 − t0 as represented
            assertThat(Math.abs(y[0] - euler) / euler).as("span %s", span).isLessThan(1e-15);
        }
    }
}
