package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forward sensitivities from RODAS4 on the augmented system, against closed forms (logistic growth: rate, capacity
 * and initial size; a non-autonomous growth law) and against central differences of the state integration on a
 * stiff problem (Robertson's kinetics, its three rate constants).
 */
class RodasSensitivityIntegratorTest {

    /** N' = r N (1 − N/K); directions r, K, and N0 (an initial value: g = J·s only, s(0) = 1). */
    private static class Logistic implements SensitivityOdeSystem {
        final double r;
        final double capacity;

        Logistic(double r, double capacity) {
            this.r = r;
            this.capacity = capacity;
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = r * y[0] * (1 - y[0] / capacity);
        }

        @Override
        public boolean isAutonomous() {
            return true;
        }

        @Override
        public boolean hasJacobian() {
            return true;
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            dfdy[0] = r * (1 - 2 * y[0] / capacity);
        }

        @Override
        public int sensitivities() {
            return 3;
        }

        @Override
        public void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out) {
            double j = r * (1 - 2 * y[0] / capacity);
            double fp = switch (k) {
                case 0 -> y[0] * (1 - y[0] / capacity);
                case 1 -> r * y[0] * y[0] / (capacity * capacity);
                default -> 0;
            };
            out[0] = j * s[0] + fp;
        }

        @Override
        public void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out) {
            // d/dy [J s + f_p] · v
            double dj = -2 * r / capacity;
            double dfp = switch (k) {
                case 0 -> 1 - 2 * y[0] / capacity;
                case 1 -> 2 * r * y[0] / (capacity * capacity);
                default -> 0;
            };
            out[0] = (dj * s[0] + dfp) * v[0];
        }

        /** N(t) and its derivatives by r, K and N0. */
        static double[] exact(double r, double capacity, double n0, double t) {
            double e = Math.exp(-r * t);
            double a = capacity / n0 - 1;
            double den = 1 + a * e;
            double n = capacity / den;
            double dr = capacity * a * t * e / (den * den);
            double dk = (den - capacity * e / n0) / (den * den);
            double dn0 = capacity * capacity * e / (n0 * n0 * den * den);
            return new double[] {n, dr, dk, dn0};
        }
    }

    @Test
    void logisticSensitivitiesMatchTheClosedFormAtStepEndsAndInside() {
        double r = 0.3;
        double capacity = 1e3;
        double n0 = 5;
        Logistic system = new Logistic(r, capacity);
        RodasSensitivityIntegrator integrator = new RodasSensitivityIntegrator(new Tolerances(1e-10, 1e-12), true);
        double[] y = {n0};
        double[][] s = {{0}, {0}, {1}};
        List<double[]> inside = new ArrayList<>();
        integrator.integrate(system, 0, y, s, 40, step -> {
            double t = 0.5 * (step.start() + step.end());
            double[] yi = new double[1];
            double[][] si = new double[3][1];
            step.interpolate(t, yi);
            step.interpolateSensitivities(t, si);
            inside.add(new double[] {t, yi[0], si[0][0], si[1][0], si[2][0]});
        }, new IntegrationStats());
        double[] exact = Logistic.exact(r, capacity, n0, 40);
        assertThat(y[0]).isCloseTo(exact[0], org.assertj.core.data.Percentage.withPercentage(1e-7));
        for (int k = 0; k < 3; k++) {
            assertThat(relative(s[k][0], exact[k + 1], 1e-3)).as("direction " + k).isLessThan(1e-7);
        }
        assertThat(inside).hasSizeGreaterThan(10);
        double worst = 0;
        for (double[] row : inside) {
            double[] e = Logistic.exact(r, capacity, n0, row[0]);
            worst = Math.max(worst, relative(row[1], e[0], 1e-3));
            for (int k = 0; k < 3; k++) {
                // scale: each sensitivity's largest magnitude over the run
                worst = Math.max(worst, relative(row[2 + k], e[1 + k], k == 0 ? 1e3 : 1));
            }
        }
        assertThat(worst).isLessThan(1e-5);
    }

    /**
     * A stop condition ends the integration inside a step: the time reached is the stop time, the listener's last step
     * ends there, and y and s are the continuous extension there (the closed form to the interpolant's accuracy).
     */
    @Test
    void aStopConditionEndsTheIntegrationAtItsTimeWithTheSensitivitiesThere() {
        double r = 0.3;
        double capacity = 1e3;
        double n0 = 5;
        double stopAt = 12.3456;
        double[] y = {n0};
        double[][] s = {{0}, {0}, {1}};
        double[] lastEnd = {Double.NaN};
        double reached = new RodasSensitivityIntegrator(new Tolerances(1e-10, 1e-12), true).integrate(
                new Logistic(r, capacity), 0, y, s, 40, step -> lastEnd[0] = step.end(), new IntegrationStats(),
                step -> step.end() >= stopAt ? stopAt : Double.NaN);
        assertThat(reached).isEqualTo(stopAt);
        assertThat(lastEnd[0]).isEqualTo(stopAt);
        double[] exact = Logistic.exact(r, capacity, n0, stopAt);
        assertThat(relative(y[0], exact[0], 0)).isLessThan(1e-7);
        for (int k = 0; k < 3; k++) {
            assertThat(relative(s[k][0], exact[k + 1], 0)).as("direction " + k).isLessThan(1e-6);
        }
    }

    @Test
    void sensitivityErrorFollowsTheTolerance() {
        double previous = Double.NaN;
        for (double rtol : new double[] {1e-5, 1e-7, 1e-9}) {
            Logistic system = new Logistic(0.3, 1e3);
            double[] y = {5};
            double[][] s = {{0}, {0}, {1}};
            new RodasSensitivityIntegrator(new Tolerances(rtol, rtol * 1e-2), true)
                    .integrate(system, 0, y, s, 40, SensitivityStepListener.NONE, new IntegrationStats());
            double err = Math.abs(s[0][0] - Logistic.exact(0.3, 1e3, 5, 40)[1])
                    / Math.abs(Logistic.exact(0.3, 1e3, 5, 40)[1]);
            assertThat(err).as("rtol " + rtol).isLessThan(100 * rtol);
            if (!Double.isNaN(previous)) {
                assertThat(err).isLessThan(previous);
            }
            previous = err;
        }
    }

    /** y' = θ t y: y = y0 exp(θ t²/2), ∂y/∂θ = y t²/2 (explicitly time-dependent: ∂g/∂t is used). */
    @Test
    void aNonAutonomousSystem() {
        double theta = 0.1;
        SensitivityOdeSystem system = new SensitivityOdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, double[] yDot) {
                yDot[0] = theta * t * y[0];
            }

            @Override
            public boolean hasJacobian() {
                return true;
            }

            @Override
            public void jacobian(double t, double[] y, double[] dfdy) {
                dfdy[0] = theta * t;
            }

            @Override
            public int sensitivities() {
                return 1;
            }

            @Override
            public void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out) {
                out[0] = theta * t * s[0] + t * y[0];
            }

            @Override
            public void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out) {
                out[0] = t * v[0];
            }
        };
        double[] y = {2};
        double[][] s = {{0}};
        new RodasSensitivityIntegrator(new Tolerances(1e-10, 1e-12), true)
                .integrate(system, 0, y, s, 5, SensitivityStepListener.NONE, new IntegrationStats());
        double exact = 2 * Math.exp(theta * 12.5);
        assertThat(relative(y[0], exact, 0)).isLessThan(1e-8);
        assertThat(relative(s[0][0], exact * 12.5, 0)).isLessThan(1e-8);
    }

    /** Robertson's kinetics with rate constants θ = (0.04, 1e4, 3e7). */
    private static final class Robertson implements SensitivityOdeSystem {
        final double[] theta;

        Robertson(double... theta) {
            this.theta = theta;
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double t, double[] y, double[] d) {
            double r1 = theta[0] * y[0];
            double r2 = theta[1] * y[1] * y[2];
            double r3 = theta[2] * y[1] * y[1];
            d[0] = -r1 + r2;
            d[1] = r1 - r2 - r3;
            d[2] = r3;
        }

        @Override
        public boolean isAutonomous() {
            return true;
        }

        @Override
        public boolean hasJacobian() {
            return true;
        }

        @Override
        public void jacobian(double t, double[] y, double[] j) {
            j[0] = -theta[0];
            j[1] = theta[1] * y[2];
            j[2] = theta[1] * y[1];
            j[3] = theta[0];
            j[4] = -theta[1] * y[2] - 2 * theta[2] * y[1];
            j[5] = -theta[1] * y[1];
            j[6] = 0;
            j[7] = 2 * theta[2] * y[1];
            j[8] = 0;
        }

        @Override
        public int sensitivities() {
            return 3;
        }

        /** ∂r/∂θ_k: the reaction k's rate without its constant; reaction stoichiometry columns. */
        private static final double[][] STOICHIOMETRY = {{-1, 1, 0}, {1, -1, 0}, {0, -1, 1}};

        @Override
        public void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out) {
            double[] j = new double[9];
            jacobian(t, y, j);
            double rate = switch (k) {
                case 0 -> y[0];
                case 1 -> y[1] * y[2];
                default -> y[1] * y[1];
            };
            for (int i = 0; i < 3; i++) {
                out[i] = j[3 * i] * s[0] + j[3 * i + 1] * s[1] + j[3 * i + 2] * s[2] + STOICHIOMETRY[k][i] * rate;
            }
        }

        @Override
        public void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out) {
            // second derivatives of f: r2 = θ1 y1 y2, r3 = θ2 y1²
            double d2 = theta[1] * (v[1] * s[2] + v[2] * s[1]);
            double d3 = theta[2] * 2 * v[1] * s[1];
            double dRate = switch (k) {
                case 0 -> v[0];
                case 1 -> v[1] * y[2] + y[1] * v[2];
                default -> 2 * y[1] * v[1];
            };
            out[0] = d2 + STOICHIOMETRY[k][0] * dRate;
            out[1] = -d2 - d3 + STOICHIOMETRY[k][1] * dRate;
            out[2] = d3 + STOICHIOMETRY[k][2] * dRate;
        }
    }

    private static double[] robertsonState(double[] theta, double t1) {
        double[] y = {1, 0, 0};
        new RosenbrockIntegrator(new Tolerances(1e-12, 1e-20))
                .integrate(new Robertson(theta), 0, y, t1, StepListener.NONE, new IntegrationStats());
        return y;
    }

    @Test
    void stiffRobertsonSensitivitiesAgreeWithCentralDifferences() {
        double[] theta = {0.04, 1e4, 3e7};
        double[] y = {1, 0, 0};
        double[][] s = new double[3][3];
        IntegrationStats stats = new IntegrationStats();
        new RodasSensitivityIntegrator(new Tolerances(1e-9, 1e-16), true)
                .integrate(new Robertson(theta), 0, y, s, 40, SensitivityStepListener.NONE, stats);
        for (int k = 0; k < 3; k++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            double h = 1e-4 * theta[k];
            up[k] += h;
            down[k] -= h;
            double[] yu = robertsonState(up, 40);
            double[] yd = robertsonState(down, 40);
            for (int i = 0; i < 3; i++) {
                double fd = (yu[i] - yd[i]) / (2 * h);
                // the scale of d y_i / d ln θ_k: states are O(1) except y2 ~ 1e-5
                double scale = (i == 1 ? 1e-5 : 1) / theta[k];
                assertThat(Math.abs(s[k][i] - fd) / scale).as("d y" + i + " / d theta" + k).isLessThan(1e-5);
            }
        }
        // the sensitivities' error control costs steps, but not orders of magnitude more than the state's
        IntegrationStats stateOnly = new IntegrationStats();
        new RosenbrockIntegrator(new Tolerances(1e-9, 1e-16))
                .integrate(new Robertson(theta), 0, new double[] {1, 0, 0}, 40, StepListener.NONE, stateOnly);
        System.out.println("Robertson to t = 40, rtol 1e-9: " + stats.steps() + " steps with sensitivities, "
                + stateOnly.steps() + " without");
        assertThat(stats.steps()).isLessThan(4 * stateOnly.steps());
    }

    @Test
    void refusesSystemsWithoutAnAnalyticJacobianAndMismatchedArrays() {
        Logistic ok = new Logistic(1, 10);
        RodasSensitivityIntegrator integrator = new RodasSensitivityIntegrator(Tolerances.DEFAULT, true);
        assertThatThrownBy(() -> integrator.integrate(ok, 0, new double[] {1}, new double[2][1], 1,
                SensitivityStepListener.NONE, new IntegrationStats())).hasMessageContaining("2 sensitivity vectors");
        SensitivityOdeSystem noJacobian = new Logistic(1, 10) {
            @Override
            public boolean hasJacobian() {
                return false;
            }
        };
        assertThatThrownBy(() -> integrator.integrate(noJacobian, 0, new double[] {1}, new double[3][1], 1,
                SensitivityStepListener.NONE, new IntegrationStats())).hasMessageContaining("analytic Jacobian");
    }

    @Test
    void withoutDirectionsASystemWithoutAnAnalyticJacobianGetsDifferenceQuotients() {
        SensitivityOdeSystem valuesOnly = new Logistic(0.3, 1e3) {
            @Override
            public boolean hasJacobian() {
                return false;
            }

            @Override
            public int sensitivities() {
                return 0;
            }
        };
        double[] y = {5};
        IntegrationStats stats = new IntegrationStats();
        new RodasSensitivityIntegrator(new Tolerances(1e-10, 1e-12), true).integrate(valuesOnly, 0, y, new double[0][],
                20, SensitivityStepListener.NONE, stats);
        assertThat(relative(y[0], Logistic.exact(0.3, 1e3, 5, 20)[0], 1e-12)).isLessThan(1e-8);
        // one extra right-hand side per Jacobian: the difference quotient of the one column
        assertThat(stats.rhsEvaluations()).isGreaterThan(7 * stats.steps());
    }

    private static double relative(double value, double exact, double floor) {
        return Math.abs(value - exact) / Math.max(Math.abs(exact), floor);
    }
}
