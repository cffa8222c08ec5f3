package org.aftermath.fit.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The bounded trust-region method on Rosenbrock's function as least squares (r = (10(x₂ − x₁²), 1 − x₁), B = JᵀJ):
 * the unconstrained minimum (1, 1) and the minimum on an active bound (0.5, 0.25), cost 0.125 (as SciPy's
 * least_squares(method='trf') finds with the same start and bounds); and the exact trust-region subproblem.
 */
class TrustRegionReflectiveTest {

    private static SmoothFunction rosenbrock() {
        return (x, derivatives) -> {
            double r1 = 10 * (x[1] - x[0] * x[0]);
            double r2 = 1 - x[0];
            double value = 0.5 * (r1 * r1 + r2 * r2);
            if (!derivatives) {
                return new SmoothFunction.Point(value, null, null);
            }
            double[][] j = {{-20 * x[0], 10}, {-1, 0}};
            double[] r = {r1, r2};
            double[] g = new double[2];
            double[] h = new double[4];
            for (int a = 0; a < 2; a++) {
                for (int i = 0; i < 2; i++) {
                    g[a] += j[i][a] * r[i];
                    for (int b = 0; b < 2; b++) {
                        h[a * 2 + b] += j[i][a] * j[i][b];
                    }
                }
            }
            return new SmoothFunction.Point(value, g, h);
        };
    }

    @Test
    void unconstrainedMinimumOfRosenbrock() {
        TrustRegionReflective.Result r = new TrustRegionReflective(TrustRegionReflective.Options.DEFAULT)
                .minimize(rosenbrock(), new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5});
        assertThat(r.x()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.x()[1]).isCloseTo(1, within(1e-6));
        assertThat(r.value()).isLessThan(1e-12);
    }

    @Test
    void minimumOnAnActiveBound() {
        // x1 <= 0.5: the minimum of (1 − x1)² + 100 (x2 − x1²)² there is (0.5, 0.25), value 0.125
        TrustRegionReflective.Result r = new TrustRegionReflective(TrustRegionReflective.Options.DEFAULT)
                .minimize(rosenbrock(), new double[] {-1.2, 1}, new double[] {-2, -2}, new double[] {0.5, 2});
        assertThat(r.x()[0]).isCloseTo(0.5, within(1e-6));
        assertThat(r.x()[1]).isCloseTo(0.25, within(1e-6));
        assertThat(r.value()).isCloseTo(0.125, within(1e-9));
    }

    @Test
    void theSubproblemIsSolvedExactly() {
        // indefinite B: the minimiser lies on the boundary, along the negative eigenvector when g is orthogonal to it
        double[] p = TrustRegionReflective.subproblem(new double[] {1, 0, 0, -1}, new double[] {1, 0}, 2);
        assertThat(Math.hypot(p[0], p[1])).isCloseTo(2, within(1e-9));
        // positive definite and the Newton step fits: −B⁻¹g
        double[] q = TrustRegionReflective.subproblem(new double[] {2, 0, 0, 4}, new double[] {2, 4}, 10);
        assertThat(q[0]).isCloseTo(-1, within(1e-12));
        assertThat(q[1]).isCloseTo(-1, within(1e-12));
        // the Newton step does not fit: ‖p‖ = Δ
        double[] s = TrustRegionReflective.subproblem(new double[] {2, 0, 0, 4}, new double[] {2, 4}, 0.5);
        assertThat(Math.hypot(s[0], s[1])).isCloseTo(0.5, within(1e-9));
    }
}
