package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.aftermath.ode.DormandPrinceIntegrator.Tableau;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Interpolation inside accepted steps, against exact solutions. */
class DenseOutputTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : List.of("dormand-prince", "rosenbrock")) {
            for (ReferenceProblem problem : ClosedFormTest.problems()) {
                cases.add(Arguments.of(name, problem));
            }
            cases.add(Arguments.of(name, new SineExponentProblem(20, false)));
        }
        return cases.stream();
    }

    /**
     * 19 interior points per step. At the default tolerances the measured maximum is 1.3e-9
     * (Dormand–Prince, logistic); 1e-8 is the bound we hold. At relative tolerance 1e-6 the
     * interpolated error stays within 5x the largest step-end error (measured up to 4.9x);
     * 8x is the bound.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void interpolatesAsAccuratelyAsItSteps(String name, ReferenceProblem problem) {
        ErrorTrackingListener tight = run(name, problem, Tolerances.DEFAULT);
        assertThat(tight.steps()).isGreaterThan(10);
        assertThat(tight.maxDenseError()).isLessThan(1e-8);

        ErrorTrackingListener loose = run(name, problem, new Tolerances(1e-6, 1e-8));
        assertThat(loose.steps()).isGreaterThan(5);
        assertThat(loose.maxDenseError()).isLessThan(8 * loose.maxEndError()).isLessThan(1e-5);
    }

    private static ErrorTrackingListener run(String name, ReferenceProblem problem, Tolerances tolerances) {
        ErrorTrackingListener listener = new ErrorTrackingListener(problem, 19);
        double[] y = problem.initialState();
        IntegratorKind.of(name).create(tolerances).integrate(problem, problem.t0(), y, problem.t1(), listener,
                                                       new IntegrationStats());
        return listener;
    }

    /**
     * Order of the continuous extension: over one step of size h the interpolation error is
     * O(h^(q+1)) for dense order q. Expected slopes: 5 for Dormand–Prince 5(4) (q = 4), 4 for
     * RODAS4 (q = 3), 8 for Dormand–Prince 8(5,3) (q = 7). Steps chosen above round-off.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dormand-prince", "rosenbrock", "dormand-prince-853"})
    void denseOutputOrder(String name) {
        double[] steps;
        int expectedSlope;
        switch (name) {
            case "dormand-prince" -> { steps = new double[] {0.2, 0.1, 0.05, 0.025}; expectedSlope = 5; }
            case "rosenbrock" -> { steps = new double[] {0.2, 0.1, 0.05, 0.025}; expectedSlope = 4; }
            default -> { steps = new double[] {0.4, 0.2, 0.1}; expectedSlope = 8; }
        }
        double[] errors = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            double h = steps[k];
            Integrator integrator = switch (name) {
                case "dormand-prince" -> DormandPrinceIntegrator.fixedStep(Tableau.DP54, h);
                case "rosenbrock" -> RosenbrockIntegrator.fixedStep(h);
                default -> DormandPrinceIntegrator.fixedStep(Tableau.DP853, h);
            };
            SineExponentProblem problem = new SineExponentProblem(h, true);
            ErrorTrackingListener listener = new ErrorTrackingListener(problem, 9);
            integrator.integrate(problem, 0, problem.initialState(), h, listener, new IntegrationStats());
            assertThat(listener.steps()).isEqualTo(1);
            errors[k] = listener.maxDenseError();
        }
        assertThat(Slopes.logLog(steps, errors)).isCloseTo(expectedSlope, org.assertj.core.data.Offset.offset(0.2));
    }
}
