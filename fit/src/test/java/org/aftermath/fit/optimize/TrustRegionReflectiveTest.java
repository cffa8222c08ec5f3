package org.aftermath.fit.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The bounded trust-region method on Rosenbrock's function as least squares (r = (10(x₂ − x₁²), 1 − x₁), B = JᵀJ):
 * the unconstrained minimum (1, 1) and the minimum on an active bound (0.5, 0.25), cost 0.125 (as SciPy's
 * least_squares(method='trf') finds with the same start and bounds); linear least squares with badly scaled
 * columns against Hipparchus' QR solution, free and with the optimum on a bound; a variable the function does not
 * depend on stays put; the exact trust-region subproblem; starts redrawn where the function fails. The structured
 * secant correction: its update meets the secant condition, and on a large-residual problem where Gauss–Newton
 * converges only linearly it converges in a few iterations, to the same closed-form minimum.
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

    /** ½‖A x − b‖² with its gradient Aᵀ(Ax − b) and B = AᵀA. */
    private static SmoothFunction linear(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        return (x, derivatives) -> {
            double[] r = new double[m];
            double value = 0;
            for (int i = 0; i < m; i++) {
                r[i] = -b[i];
                for (int k = 0; k < n; k++) {
                    r[i] += a[i][k] * x[k];
                }
                value += 0.5 * r[i] * r[i];
            }
            double[] g = new double[n];
            double[] h = new double[n * n];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < n; k++) {
                    g[k] += a[i][k] * r[i];
                    for (int l = 0; l < n; l++) {
                        h[k * n + l] += a[i][k] * a[i][l];
                    }
                }
            }
            return new SmoothFunction.Point(value, derivatives ? g : null, derivatives ? h : null);
        };
    }

    /** Columns scaled by 1e3, 1 and 1e-3: the MINPACK scaling must make this as easy as a well-scaled problem. */
    private static final double[][] A = {
        {1e3, 2, 3e-3}, {2e3, -1, 1e-3}, {-1e3, 1, 2e-3}, {3e3, 0.5, -1e-3}, {1e3, 1, 1e-3}};
    private static final double[] B = {1, 2, -1, 0.5, 3};

    private static double[] leastSquares(double[][] a, double[] b) {
        RealMatrix m = MatrixUtils.createRealMatrix(a);
        return new QRDecomposition(m).getSolver().solve(MatrixUtils.createRealVector(b)).toArray();
    }

    @Test
    void badlyScaledLinearLeastSquaresMatchTheQrSolution() {
        double[] exact = leastSquares(A, B);
        double big = 1e7;
        TrustRegionReflective.Result r = new TrustRegionReflective(TrustRegionReflective.Options.DEFAULT)
                .minimize(linear(A, B), new double[] {0, 0, 0}, new double[] {-big, -big, -big},
                        new double[] {big, big, big});
        for (int k = 0; k < 3; k++) {
            assertThat(r.x()[k]).isCloseTo(exact[k], within(1e-7 * Math.abs(exact[k])));
        }
        // scaled steps reach the far, flat third coordinate (|x3| ~ 1e3) in a few iterations, not by crawling
        assertThat(r.iterations()).isLessThan(30);
    }

    @Test
    void linearLeastSquaresWithTheOptimumOnABound() {
        // an upper bound on x2 below its free optimum: the bounded optimum is the least-squares solution of the other two columns with x2 at the bound (a convex problem: unique)
        double[] free = leastSquares(A, B);
        double cap = free[1] - 1;
        double[][] rest = new double[A.length][2];
        double[] shifted = new double[B.length];
        for (int i = 0; i < A.length; i++) {
            rest[i][0] = A[i][0];
            rest[i][1] = A[i][2];
            shifted[i] = B[i] - A[i][1] * cap;
        }
        double[] other = leastSquares(rest, shifted);
        double big = 1e4;
        TrustRegionReflective.Result r = new TrustRegionReflective(TrustRegionReflective.Options.DEFAULT)
                .minimize(linear(A, B), new double[] {0, cap - 3, 0}, new double[] {-big, -big, -big},
                        new double[] {big, cap, big});
        // on the bound within the method's margin, 1e-9 of the box's width
        assertThat(r.x()[1]).isCloseTo(cap, within(1e-9 * (cap + big)));
        assertThat(r.x()[0]).isCloseTo(other[0], within(1e-6 * Math.abs(other[0])));
        assertThat(r.x()[2]).isCloseTo(other[1], within(1e-6 * Math.abs(other[1])));
        // the gradient of x2 points out of the box (the bound is active), the others vanish
        assertThat(r.gradient()[1]).isNegative();
    }

    @Test
    void aVariableTheFunctionIgnoresStaysPut() {
        SmoothFunction ros = rosenbrock();
        SmoothFunction padded = (x, derivatives) -> {
            SmoothFunction.Point p = ros.evaluate(new double[] {x[0], x[1]}, derivatives);
            if (!derivatives) {
                return p;
            }
            double[] h = new double[9];
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    h[a * 3 + b] = p.hessian()[a * 2 + b];
                }
            }
            return new SmoothFunction.Point(p.value(), new double[] {p.gradient()[0], p.gradient()[1], 0}, h);
        };
        TrustRegionReflective.Result r = new TrustRegionReflective(TrustRegionReflective.Options.DEFAULT)
                .minimize(padded, new double[] {-1.2, 1, 0.3}, new double[] {-5, -5, -5}, new double[] {5, 5, 5});
        assertThat(r.x()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.x()[2]).isEqualTo(0.3);
    }

    @Test
    void aStartWhereTheFunctionFailsIsRedrawnFromItsSeed() {
        SmoothFunction halfFails = (x, derivatives) -> new SmoothFunction.Point(x[0] < 0 ? Double.POSITIVE_INFINITY
                : x[0] * x[0], null, null);
        double[] lower = {-1, -1};
        double[] upper = {1, 1};
        double[] kept = LocalOptimizer.evaluable(halfFails, new double[] {0.5, 0.5}, lower, upper, 3);
        assertThat(kept).containsExactly(0.5, 0.5);
        double[] redrawn = LocalOptimizer.evaluable(halfFails, new double[] {-0.5, 0.5}, lower, upper, 3);
        assertThat(redrawn[0]).isBetween(0.0, 1.0);
        assertThat(redrawn[1]).isBetween(-1.0, 1.0);
        assertThat(LocalOptimizer.evaluable(halfFails, new double[] {-0.5, 0.5}, lower, upper, 3)).containsExactly(redrawn);
        SmoothFunction fails = (x, derivatives) -> new SmoothFunction.Point(Double.NaN, null, null);
        assertThat(LocalOptimizer.evaluable(fails, new double[] {-0.5, 0.5}, lower, upper, 3))
                .containsExactly(-0.5, 0.5);
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

    /**
     * Dennis &amp; Schnabel's large-residual example (Numerical Methods for Unconstrained Optimization, 1983, §10.2):
     * r = (t + 1, λt² + t − 1). For λ &lt; 1 the minimum is t = 0, value 1, with f''(0) = 2 − 2λ against the
     * Gauss–Newton 2: Gauss–Newton converges linearly with rate |λ|.
     */
    private static SmoothFunction largeResidual(double lambda) {
        return (x, derivatives) -> {
            double t = x[0];
            double r1 = t + 1;
            double r2 = lambda * t * t + t - 1;
            double value = 0.5 * (r1 * r1 + r2 * r2);
            if (!derivatives) {
                return new SmoothFunction.Point(value, null, null);
            }
            double j2 = 2 * lambda * t + 1;
            return new SmoothFunction.Point(value, new double[] {r1 + r2 * j2}, new double[] {1 + j2 * j2});
        };
    }

    @Test
    void theSecantCorrectionSpeedsUpALargeResidualProblem() {
        double[] lower = {Double.NEGATIVE_INFINITY};
        double[] upper = {Double.POSITIVE_INFINITY};
        TrustRegionReflective.Options options = TrustRegionReflective.Options.DEFAULT.withMaxIterations(1000);
        TrustRegionReflective.Result gauss = new TrustRegionReflective(options)
                .minimize(largeResidual(0.9), new double[] {1}, lower, upper);
        TrustRegionReflective.Result secant = new TrustRegionReflective(
                options.withHessian(TrustRegionReflective.Hessian.STRUCTURED_SECANT))
                .minimize(largeResidual(0.9), new double[] {1}, lower, upper);
        // Gauss–Newton's steps shrink by 0.9 each: it stops on the reduction rule (ftol) about 1e-4 away
        assertThat(gauss.exit()).isEqualTo(TrustRegionReflective.Exit.REDUCTION);
        assertThat(gauss.x()[0]).isCloseTo(0, within(1e-3));
        assertThat(gauss.iterations()).isGreaterThan(50);
        // the secant model converges superlinearly: to the gradient rule |f''(0)·t| = 0.2|t| < 1e-6, in a few
        // iterations
        assertThat(secant.exit()).isEqualTo(TrustRegionReflective.Exit.GRADIENT);
        assertThat(secant.x()[0]).isCloseTo(0, within(5e-6));
        assertThat(secant.value()).isCloseTo(1, within(1e-12));
        assertThat(secant.iterations()).isLessThan(20);
    }

    @Test
    void theSecantUpdateMeetsTheSecantCondition() {
        int n = 3;
        double[] correction = {0.5, 0.1, 0, 0.1, -0.2, 0.3, 0, 0.3, 1};
        double[] bNew = {4, 1, 0, 1, 3, 0.5, 0, 0.5, 2};
        double[] s = {0.1, -0.2, 0.05};
        double[] g = {1, -2, 0.5};
        double[] gNew = {1.8, -2.9, 0.7};
        TrustRegionReflective.secantUpdate(correction, s, g, gNew, bNew);
        for (int i = 0; i < n; i++) {
            double hs = 0;
            for (int j = 0; j < n; j++) {
                hs += (bNew[i * n + j] + correction[i * n + j]) * s[j];
                assertThat(correction[i * n + j]).isCloseTo(correction[j * n + i], within(1e-15));
            }
            assertThat(hs).isCloseTo(gNew[i] - g[i], within(1e-12));
        }
    }
}
