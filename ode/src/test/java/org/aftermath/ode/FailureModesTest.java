package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FailureModesTest {

    static Iterable<String> names() {
        return IntegratorKind.ids();
    }

    /** y' = y², y(0) = 1: y = 1/(1 − t) blows up at t = 1. */
    private static final OdeSystem BLOW_UP = new OdeSystem() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = y[0] * y[0];
        }
    };

    /** A right-hand side that is NaN from t = 0.5 on. */
    private static final OdeSystem NAN_AFTER_HALF = new OdeSystem() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = t < 0.5 ? -y[0] : Double.NaN;
        }
    };

    @ParameterizedTest
    @MethodSource("names")
    void blowUpFailsNearTheSingularityWithBoundedWork(String name) {
        IntegrationStats stats = new IntegrationStats();
        IntegrationException e = catchThrowableOfType(IntegrationException.class,
                () -> IntegratorKind.of(name).create(Tolerances.DEFAULT)
                        .integrate(BLOW_UP, 0, new double[] {1}, 2, StepListener.NONE, stats));

        assertThat(e).isNotNull();
        assertThat(e.time()).isBetween(0.99, 1.01);
        assertThat(e.getMessage()).contains("step size").startsWith(e.integrator() + ": " + e.detail());
        assertThat(e.reason()).isIn(IntegrationException.Reason.STEP_UNDERFLOW, IntegrationException.Reason.NON_FINITE);
        assertThat(stats.steps()).isPositive();
        assertThat(stats.rhsEvaluations()).isLessThan(100_000);
    }

    @ParameterizedTest
    @MethodSource("names")
    void nonFiniteDerivativeFailsWhereItAppears(String name) {
        IntegrationException e = catchThrowableOfType(IntegrationException.class,
                () -> IntegratorKind.of(name).create(Tolerances.DEFAULT)
                        .integrate(NAN_AFTER_HALF, 0, new double[] {1}, 2, StepListener.NONE, new IntegrationStats()));

        assertThat(e).isNotNull();
        assertThat(e.time()).isBetween(0.49, 0.51);
        assertThat(e.getMessage()).containsPattern("non-finite|not finite");
        assertThat(e.reason()).isEqualTo(IntegrationException.Reason.NON_FINITE);
    }

    @ParameterizedTest
    @MethodSource("names")
    void theIntegratorThatFailedIsAFieldNotPartOfAMessageToParse(String name) {
        IntegrationException e = catchThrowableOfType(IntegrationException.class,
                () -> IntegratorKind.of(name).create(Tolerances.DEFAULT)
                        .integrate(NAN_AFTER_HALF, 0, new double[] {1}, 2, StepListener.NONE, new IntegrationStats()));
        assertThat(IntegratorKind.ids()).anyMatch(n -> e.integrator().startsWith(n));
        IntegrationException named = e.withContext("patient 7: ");
        assertThat(named.getMessage()).isEqualTo("patient 7: " + e.getMessage());
        assertThat(named.withContext("cohort: ").getMessage()).isEqualTo("cohort: patient 7: " + e.getMessage());
        assertThat(named.integrator()).isEqualTo(e.integrator());
        assertThat(named.reason()).isEqualTo(e.reason());
        assertThat(named.detail()).isEqualTo(e.detail());
        assertThat(named.time()).isEqualTo(e.time());
        assertThat(named.context()).isEqualTo("patient 7: ");
    }

    @ParameterizedTest
    @MethodSource("names")
    void aListenersLibraryErrorIsNotReportedAsAnIntegrationFailure(String name) {
        StepListener failing = step -> {
            throw new org.hipparchus.exception.MathIllegalArgumentException(
                    org.hipparchus.exception.LocalizedCoreFormats.NOT_BRACKETING_INTERVAL, 0, 0, 1, 0);
        };
        assertThatThrownBy(() -> IntegratorKind.of(name).create(Tolerances.DEFAULT)
                .integrate(NAN_AFTER_HALF, 0, new double[] {1}, 0.25, failing, new IntegrationStats()))
                .isNotInstanceOf(IntegrationException.class)
                .isInstanceOf(org.hipparchus.exception.MathIllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("names")
    void nonFiniteInitialStateIsRejected(String name) {
        assertThatThrownBy(() -> IntegratorKind.of(name).create(Tolerances.DEFAULT)
                .integrate(BLOW_UP, 3, new double[] {Double.NaN}, 4, StepListener.NONE, new IntegrationStats()))
                .isInstanceOf(IntegrationException.class)
                .hasMessageContaining("initial state")
                .satisfies(e -> assertThat(((IntegrationException) e).reason()).isEqualTo(IntegrationException.Reason.NON_FINITE))
                .satisfies(e -> assertThat(((IntegrationException) e).time()).isEqualTo(3));
    }

    @ParameterizedTest
    @MethodSource("names")
    void emptyIntervalIsANoOp(String name) {
        IntegrationStats stats = new IntegrationStats();
        double[] y = {0.5};
        StepRecorder recorder = new StepRecorder(1, 7, s -> 0);

        IntegratorKind.of(name).create(Tolerances.DEFAULT).integrate(BLOW_UP, 7, y, 7, recorder, stats);

        assertThat(y).containsExactly(0.5);
        assertThat(recorder.steps()).isZero();
        assertThat(stats.toString()).isEqualTo(new IntegrationStats().toString());
    }

    @ParameterizedTest
    @MethodSource("names")
    void badArgumentsAreRejected(String name) {
        Integrator integrator = IntegratorKind.of(name).create(Tolerances.DEFAULT);
        IntegrationStats stats = new IntegrationStats();
        assertThatThrownBy(() -> integrator.integrate(BLOW_UP, 1, new double[] {1}, 0, StepListener.NONE, stats))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t0 <= t1");
        assertThatThrownBy(() -> integrator.integrate(BLOW_UP, 0, new double[2], 1, StepListener.NONE, stats))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> integrator.integrate(BLOW_UP, 0, new double[1], Double.NaN, StepListener.NONE, stats))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixedStepFactoriesRejectBadSteps() {
        assertThatThrownBy(() -> RosenbrockIntegrator.fixedStep(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DormandPrinceIntegrator.fixedStep(DormandPrinceIntegrator.Tableau.DP54,
                                                                   Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
