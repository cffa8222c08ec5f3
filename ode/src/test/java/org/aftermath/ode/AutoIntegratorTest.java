package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AutoIntegratorTest {

    @Test
    void nonStiffProblemStaysWithDormandPrinceAndGivesItsNumbers() {
        GompertzProblem problem = new GompertzProblem(0.07, 1e12, 1e9, 150);
        AutoIntegrator auto = new AutoIntegrator(Tolerances.DEFAULT);
        DormandPrinceIntegrator explicit = new DormandPrinceIntegrator(Tolerances.DEFAULT);
        IntegrationStats autoStats = new IntegrationStats();
        IntegrationStats explicitStats = new IntegrationStats();
        double[] a = problem.initialState();
        double[] b = problem.initialState();
        for (int k = 0; k < 3; k++) {
            auto.integrate(problem, 50 * k, a, 50 * (k + 1), StepListener.NONE, autoStats);
            explicit.integrate(problem, 50 * k, b, 50 * (k + 1), StepListener.NONE, explicitStats);
        }

        assertThat(auto.isStiff()).isFalse();
        assertThat(auto.switchTime()).isNaN();
        assertThat(a).containsExactly(b);
        assertThat(autoStats.toString()).isEqualTo(explicitStats.toString());
        assertThat(autoStats.jacobianEvaluations()).isZero();
    }

    @Test
    void stiffProblemSwitchesOnceAndStaysWithRosenbrock() {
        VanDerPolProblem problem = new VanDerPolProblem(1e-6, true);
        AutoIntegrator auto = new AutoIntegrator(new Tolerances(1e-6, 1e-6));
        IntegrationStats first = new IntegrationStats();
        StepRecorder recorder = new StepRecorder(2, 0, y -> 0);
        double[] y = problem.initialState();

        auto.integrate(problem, 0, y, 1, recorder, first);

        assertThat(auto.isStiff()).isTrue();
        double switchTime = auto.switchTime();
        assertThat(switchTime).isGreaterThan(0).isLessThan(1);
        assertThat(recorder.lastEnd()).isEqualTo(1);
        // Dormand-Prince steps (no Jacobian) came before the switch
        assertThat(first.steps()).isGreaterThan(first.jacobianEvaluations());

        IntegrationStats second = new IntegrationStats();
        auto.integrate(problem, 1, y, 2, StepListener.NONE, second);
        assertThat(auto.switchTime()).isEqualTo(switchTime);
        assertThat(second.jacobianEvaluations()).isEqualTo(second.steps()).isPositive();
    }

    @Test
    void stepBudgetAloneTriggersTheSwitch() {
        GompertzProblem problem = new GompertzProblem(0.07, 1e12, 1e9, 150);
        AutoIntegrator auto = new AutoIntegrator(Tolerances.DEFAULT, 50);
        ErrorTrackingListener listener = new ErrorTrackingListener(problem, 3);
        IntegrationStats stats = new IntegrationStats();
        double[] y = problem.initialState();

        auto.integrate(problem, 0, y, 150, listener, stats);

        assertThat(auto.isStiff()).isTrue();
        assertThat(stats.steps() - stats.jacobianEvaluations()).isEqualTo(50);
        assertThat(listener.lastEnd()).isEqualTo(150);
        assertThat(listener.maxEndError()).isLessThan(1e-8);
        assertThatThrownBy(() -> new AutoIntegrator(Tolerances.DEFAULT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameCallsGiveTheSameNumbers() {
        double[][] results = new double[2][];
        String[] stats = new String[2];
        for (int run = 0; run < 2; run++) {
            AutoIntegrator auto = new AutoIntegrator(new Tolerances(1e-8, 1e-20));
            IntegrationStats s = new IntegrationStats();
            double[] y = {1, 0, 0};
            auto.integrate(new RobertsonProblem(false), 0, y, 40, StepListener.NONE, s);
            auto.integrate(new RobertsonProblem(false), 40, y, 4e5, StepListener.NONE, s);
            results[run] = y;
            stats[run] = s.toString();
        }
        assertThat(results[0]).containsExactly(results[1]);
        assertThat(stats[0]).isEqualTo(stats[1]);
    }
}
