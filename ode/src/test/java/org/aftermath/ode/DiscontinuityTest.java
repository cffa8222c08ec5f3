package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** RODAS4 after an announced jump of the state: a re-estimated first step, fewer rejections. */
class DiscontinuityTest {

    /** y' = 100 (1 − y): at rest at y = 1, then set to 0 at t = 1: y = 1 − e^{−100 (t − 1)}. */
    private static final OdeSystem RELAX = new OdeSystem() {
        @Override public int dimension() { return 1; }
        @Override public void derivatives(double t, double[] y, double[] f) { f[0] = 100 * (1 - y[0]); }
        @Override public boolean isAutonomous() { return true; }
        @Override public boolean hasJacobian() { return true; }
        @Override public void jacobian(double t, double[] y, double[] j) { j[0] = -100; }
    };

    private static long rejectedAfterJump(boolean announce, double[] atT) {
        RosenbrockIntegrator rodas = new RosenbrockIntegrator(new Tolerances(1e-8, 1e-10));
        double[] y = {1};
        rodas.integrate(RELAX, 0, y, 1, s -> { }, new IntegrationStats());
        y[0] = 0;
        if (announce) {
            rodas.discontinuity();
        }
        IntegrationStats stats = new IntegrationStats();
        double[] state = new double[1];
        rodas.integrate(RELAX, 1, y, 3, s -> {
            if (s.start() <= 1.02 && 1.02 <= s.end()) {
                s.interpolate(1.02, state);
                atT[0] = state[0];
            }
        }, stats);
        return stats.rejectedSteps();
    }

    @Test
    void anAnnouncedJumpStartsWithASmallerStepAndStaysAccurate() {
        double[] plain = new double[1];
        double[] announced = new double[1];
        long rejectedPlain = rejectedAfterJump(false, plain);
        long rejectedAnnounced = rejectedAfterJump(true, announced);
        assertThat(rejectedPlain).as("the kept hint (the whole first interval) is rejected").isPositive();
        assertThat(rejectedAnnounced).isLessThan(rejectedPlain);
        double exact = 1 - Math.exp(-2);
        assertThat(plain[0]).isCloseTo(exact, within(1e-6));
        assertThat(announced[0]).isCloseTo(exact, within(1e-6));
    }
}
