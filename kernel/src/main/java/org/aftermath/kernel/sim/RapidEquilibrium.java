package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.RosenbrockIntegrator;
import org.aftermath.ode.StepListener;
import org.aftermath.ode.Tolerances;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Fast reactions held at equilibrium (the limit of infinitely fast rates, Tikhonov's reduction):
 * <ul>
 *   <li>{@link #relax}: after the start and after events, the state follows the fast reactions
 *       alone (time frozen) until they stop moving it — the equilibrium their own flow reaches,
 *       which picks the right branch where the equilibrium is not unique;</li>
 *   <li>{@link #project}: between events the slow dynamics f move the state along the
 *       equilibrium manifold v(y) = 0 of the fast rates v: y' = f − N w with
 *       (G N) w = G f + ∂v/∂t, G = ∂v/∂y (forward differences), N the fast stoichiometry, solved
 *       in the least-squares sense (a fast rate that is identically 0 moves nothing).</li>
 * </ul>
 */
final class RapidEquilibrium {

    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));
    private static final double LONGEST = 1e12;

    private final CompiledModel model;
    private final int n;
    private final int k;

    RapidEquilibrium(CompiledModel model) {
        this.model = model;
        this.n = model.stateNames().size();
        this.k = model.fastReactionCount();
    }

    /** @return the slow system projected onto the fast reactions' equilibrium manifold */
    OdeSystem project(OdeSystem slow, double[] p) {
        return new OdeSystem() {
            private final double[] f = new double[n];
            private final double[] v = new double[k];
            private final double[] shifted = new double[k];
            private final double[] stoichiometry = new double[n * k];

            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] y, double[] yDot) {
                slow.derivatives(t, y, f);
                model.fastRates(t, y, p, v);
                double ht0 = SQRT_EPS * Math.max(Math.abs(t), 1.0);
                model.fastRates(t + ht0, y, p, shifted);
                boolean still = java.util.Arrays.equals(v, shifted);
                for (int i = 0; i < n && still; i++) {
                    still = f[i] == 0.0;
                }
                if (still) {
                    // nothing slow moves the state and the rates do not depend on time: w = 0
                    System.arraycopy(f, 0, yDot, 0, n);
                    return;
                }
                model.fastStoichiometry(t, y, p, stoichiometry);
                double[][] g = new double[k][n];
                for (int j = 0; j < n; j++) {
                    double keep = y[j];
                    double h = SQRT_EPS * Math.max(Math.abs(keep), 1e-6);
                    y[j] = keep + h;
                    model.fastRates(t, y, p, shifted);
                    y[j] = keep;
                    for (int r = 0; r < k; r++) {
                        g[r][j] = (shifted[r] - v[r]) / h;
                    }
                }
                double ht = SQRT_EPS * Math.max(Math.abs(t), 1.0);
                model.fastRates(t + ht, y, p, shifted);
                double[][] m = new double[k][k];
                double[] rhs = new double[k];
                for (int r = 0; r < k; r++) {
                    double gf = (shifted[r] - v[r]) / ht;
                    for (int j = 0; j < n; j++) {
                        gf += g[r][j] * f[j];
                        for (int c = 0; c < k; c++) {
                            m[r][c] += g[r][j] * stoichiometry[j * k + c];
                        }
                    }
                    rhs[r] = gf;
                }
                RealVector w = new SingularValueDecomposition(new Array2DRowRealMatrix(m, false))
                        .getSolver().solve(new ArrayRealVector(rhs, false));
                for (int i = 0; i < n; i++) {
                    double dy = f[i];
                    for (int c = 0; c < k; c++) {
                        dy -= stoichiometry[i * k + c] * w.getEntry(c);
                    }
                    yDot[i] = dy;
                }
            }
        };
    }

    /**
     * Moves y to the equilibrium the fast reactions reach from it at time t.
     *
     * @return true if that moved the state
     * @throws IntegrationException if they do not come to rest
     */
    boolean relax(double t, double[] y, double[] p, IntegrationStats stats) {
        double[] start = y.clone();
        OdeSystem fast = new OdeSystem() {
            private final double[] v = new double[k];
            private final double[] stoichiometry = new double[n * k];

            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double tau, double[] state, double[] yDot) {
                model.fastRates(t, state, p, v);
                model.fastStoichiometry(t, state, p, stoichiometry);
                for (int i = 0; i < n; i++) {
                    double dy = 0;
                    for (int c = 0; c < k; c++) {
                        dy += stoichiometry[i * k + c] * v[c];
                    }
                    yDot[i] = dy;
                }
            }

            @Override
            public boolean isAutonomous() {
                return true;
            }
        };
        RosenbrockIntegrator integrator = new RosenbrockIntegrator(new Tolerances(1e-10, 1e-14));
        double[] before = new double[n];
        double tau = 0;
        for (double span = 1; tau < LONGEST; span *= 10) {
            System.arraycopy(y, 0, before, 0, n);
            integrator.integrate(fast, tau, y, tau + span, StepListener.NONE, stats);
            tau += span;
            if (still(before, y)) {
                return !java.util.Arrays.equals(start, y);
            }
        }
        throw new IntegrationException("fast-reaction equilibrium", IntegrationException.Reason.ATTEMPT_LIMIT,
                "the fast reactions do not come to equilibrium (they still change the state after " + LONGEST
                        + " time units of their own)", t);
    }

    private boolean still(double[] before, double[] after) {
        for (int i = 0; i < n; i++) {
            if (Math.abs(after[i] - before[i]) > 1e-12 * Math.max(Math.abs(after[i]), 1e-3)) {
                return false;
            }
        }
        return true;
    }
}
