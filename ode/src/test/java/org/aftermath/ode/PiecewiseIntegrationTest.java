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
        Integrator reused = Integrators.create(name, Tolerances.DEFAULT);
        IntegrationStats reusedStats = new IntegrationStats();
        IntegrationStats freshStats = new IntegrationStats();
        ErrorTrackingListener listener = new ErrorTrackingListener(problem, 3);
        double[] y = problem.initialState();
        double[] z = problem.initialState();
        for (int k = 0; k < 15; k++) {
            reused.integrate(problem, 10 * k, y, 10 * (k + 1), listener, reusedStats);
            Integrators.create(name, Tolerances.DEFAULT)
                    .integrate(problem, 10 * k, z, 10 * (k + 1), StepListener.NONE, freshStats);
        }

        assertThat(listener.lastEnd()).isEqualTo(150);
        assertThat(listener.maxEndError()).isLessThan(1e-8);
        assertThat(problem.relativeError(150, y)).isLessThan(1e-8);
        assertThat(problem.relativeError(150, z)).isLessThan(1e-8);
        assertThat(reusedStats.rhsEvaluations()).isLessThan(freshStats.rhsEvaluations());
    }
}
