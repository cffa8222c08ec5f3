package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Per-component absolute tolerances ({@link IntegratorKind#create(String, Tolerances, double[])}):
 * measuring a component in other units together with its absolute tolerance changes nothing,
 * a larger scale loosens only its component, and bad scales are refused.
 */
class AbsoluteScalesTest {

    private static final double KA = 24;
    private static final double K10 = 1.386;
    private static final Tolerances TOLERANCES = new Tolerances(1e-5, 1e-3);

    /**
     * One-compartment oral pharmacokinetics with a slow third component: depot' = −ka depot,
     * central' = ka depot − k10 central, effect' = 0.5 (central − effect). Central has the
     * Bateman form D ka (e^{−k10 t} − e^{−ka t}) / (ka − k10).
     */
    private static final OdeSystem ORAL = new OdeSystem() {
        @Override public int dimension() { return 3; }
        @Override public void derivatives(double t, double[] y, double[] f) {
            f[0] = -KA * y[0];
            f[1] = KA * y[0] - K10 * y[1];
            f[2] = 0.5 * (y[1] - y[2]);
        }
        @Override public boolean isAutonomous() { return true; }
        @Override public boolean hasJacobian() { return true; }
        @Override public void jacobian(double t, double[] y, double[] j) {
            java.util.Arrays.fill(j, 0);
            j[0] = -KA;
            j[3] = KA;
            j[4] = -K10;
            j[7] = 0.5;
            j[8] = -0.5;
        }
    };

    private static IntegrationStats run(Integrator integrator, double[] y) {
        IntegrationStats stats = new IntegrationStats();
        integrator.integrate(ORAL, 0, y, 3, s -> { }, stats);
        return stats;
    }

    @Test
    void scalingAComponentAndItsAbsoluteToleranceTogetherChangesNothing() {
        // 1024 is a power of two: every operation on the scaled run is exactly 1024 times the unscaled one
        double c = 1024;
        for (String name : IntegratorKind.ids()) {
            double[] y = {1, 0, 0};
            IntegrationStats plain = run(IntegratorKind.of(name).create(TOLERANCES), y);
            double[] scaledY = {c, 0, 0};
            IntegrationStats scaled = run(IntegratorKind.of(name).create(TOLERANCES, new double[] {c, c, c}), scaledY);
            assertThat(scaled.steps()).as(name).isEqualTo(plain.steps());
            assertThat(scaled.rejectedSteps()).as(name).isEqualTo(plain.rejectedSteps());
            for (int i = 0; i < 3; i++) {
                assertThat(scaledY[i]).as(name + " y" + i).isEqualTo(c * y[i]);
            }
        }
    }

    @Test
    void nullScalesAreTheScalarToleranceBitForBit() {
        for (String name : IntegratorKind.ids()) {
            double[] y = {1000, 0, 0};
            IntegrationStats plain = run(IntegratorKind.of(name).create(TOLERANCES), y);
            double[] same = {1000, 0, 0};
            IntegrationStats none = run(IntegratorKind.of(name).create(TOLERANCES, null), same);
            double[] ones = {1000, 0, 0};
            IntegrationStats unit = run(IntegratorKind.of(name).create(TOLERANCES, new double[] {1, 1, 1}), ones);
            assertThat(same).as(name).containsExactly(y);
            assertThat(ones).as(name).containsExactly(y);
            assertThat(none.steps()).isEqualTo(plain.steps());
            assertThat(unit.steps()).isEqualTo(plain.steps());
        }
    }

    @Test
    void aDoseSizedScaleSavesStepsAndKeepsTheDrugWithinItsLooserTolerance() {
        double dose = 1000;
        double[] tight = {dose, 0, 0};
        IntegrationStats tightStats = run(new RosenbrockIntegrator(TOLERANCES), tight);
        double[] loose = {dose, 0, 0};
        IntegrationStats looseStats = run(new RosenbrockIntegrator(TOLERANCES, new double[] {dose, dose, 1}), loose);
        assertThat(looseStats.steps()).isLessThan(tightStats.steps());
        double bateman = dose * KA * (Math.exp(-K10 * 3) - Math.exp(-KA * 3)) / (KA - K10);
        // global error of a few local tolerances (absolute 1e-3 × 1000 mg + relative 1e-5 × 15.6 mg)
        assertThat(Math.abs(loose[1] - bateman)).isLessThan(10 * (1e-3 * dose + 1e-5 * bateman));
        assertThat(Math.abs(tight[1] - bateman)).isLessThan(10 * (1e-3 + 1e-5 * bateman));
    }

    @Test
    void badScalesAreRefused() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            for (String name : IntegratorKind.ids()) {
                assertThatThrownBy(() -> IntegratorKind.of(name).create(TOLERANCES, new double[] {1, bad, 1}))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("absolute-tolerance scale 1 must be > 0 and finite");
            }
        }
        for (String name : IntegratorKind.ids()) {
            Integrator twoScales = IntegratorKind.of(name).create(TOLERANCES, new double[] {1, 1});
            assertThatThrownBy(() -> run(twoScales, new double[] {1, 0, 0}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 absolute-tolerance scales for a system of dimension 3");
        }
    }

    @Test
    void theScalesAreCopied() {
        double[] scales = {1, 1, 1};
        RosenbrockIntegrator rodas = new RosenbrockIntegrator(TOLERANCES, scales);
        scales[1] = 1e6;
        double[] y = {1000, 0, 0};
        IntegrationStats copied = run(rodas, y);
        double[] plainY = {1000, 0, 0};
        IntegrationStats plain = run(new RosenbrockIntegrator(TOLERANCES), plainY);
        assertThat(copied.steps()).isEqualTo(plain.steps());
        assertThat(y).containsExactly(plainY);
    }
}
