package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stop condition ends the integration inside a step, at the dense output there. */
class StopConditionTest {

    /** y' = -y, y(0) = 1: stops where y first falls to 1/2, i.e. t = ln 2. */
    private static final OdeSystem DECAY = new OdeSystem() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = -y[0];
        }
    };

    @Test
    void everyIntegratorStopsAtTheNamedTimeAndReportsTheCutStep() {
        for (String name : IntegratorKind.ids()) {
            Integrator integrator = IntegratorKind.of(name).create(new Tolerances(1e-10, 1e-12));
            double[] y = {1.0};
            List<double[]> steps = new ArrayList<>();
            double[] probe = new double[1];
            double reached = integrator.integrate(DECAY, 0, y, 5, s -> steps.add(new double[] {s.start(), s.end()}),
                    new IntegrationStats(), s -> {
                        s.interpolate(s.end(), probe);
                        return probe[0] <= 0.5 ? bisect(s) : Double.NaN;
                    });
            assertThat(reached).as(name).isCloseTo(Math.log(2), within(1e-8));
            assertThat(y[0]).as(name).isCloseTo(0.5, within(1e-8));
            assertThat(steps.get(steps.size() - 1)[1]).as(name).isEqualTo(reached);
            // the next call goes on from there
            double end = integrator.integrate(DECAY, reached, y, 5, StepListener.NONE, new IntegrationStats(),
                    StopCondition.NEVER);
            assertThat(end).isEqualTo(5.0);
            assertThat(y[0]).as(name).isCloseTo(Math.exp(-5), within(1e-9));
        }
    }

    @Test
    void neverIsTheSixArgumentIntegration() {
        double[] a = {1.0};
        double[] b = {1.0};
        IntegratorKind.AUTO.create(Tolerances.DEFAULT).integrate(DECAY, 0, a, 3, StepListener.NONE, new IntegrationStats());
        double reached = IntegratorKind.AUTO.create(Tolerances.DEFAULT).integrate(DECAY, 0, b, 3, StepListener.NONE,
                new IntegrationStats(), StopCondition.NEVER);
        assertThat(reached).isEqualTo(3.0);
        assertThat(b[0]).isEqualTo(a[0]);
    }

    private static double bisect(DenseStep s) {
        double lo = s.start();
        double hi = s.end();
        double[] y = new double[1];
        for (int i = 0; i < 100 && hi - lo > 1e-14; i++) {
            double mid = 0.5 * (lo + hi);
            s.interpolate(mid, y);
            if (y[0] <= 0.5) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
