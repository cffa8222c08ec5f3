package org.aftermath.ode;

import static org.aftermath.ode.Rodas4.*;

import java.util.Objects;

/**
 * RODAS4 ({@link RosenbrockIntegrator}) applied to a system together with its forward sensitivities
 * ({@link SensitivityOdeSystem}): the simultaneous approach of CVODES, carried over to a Rosenbrock method. The
 * augmented system (y, s_0, …, s_{m−1}) is integrated with its exact Jacobian, which is block lower-triangular (J on
 * the diagonal, C_k = ∂g_k/∂y below it), so each stage factorises only the n×n matrix W = I/(γh) − J once and
 * solves, by block forward substitution, W·k = r for the state and W·K_k = R_k + C_k·k for each sensitivity — C_k·k
 * comes from {@link SensitivityOdeSystem#sensitivityCoupling}, a directional second derivative, never a difference
 * quotient. The sensitivities are therefore the RODAS4 solution of the sensitivity equations (order 4, with the
 * same continuous extension), not derivatives of a differently discretised problem.
 *
 * <p>Error control: the error of an attempt is the larger of the state's weighted RMS error and each
 * sensitivity's (as CVODES does with {@code errconS}), each component i weighted by {@code absolute + relative ·
 * max(|start|, |end|)}; with {@code controlSensitivities} false only the state's counts. Step-size selection,
 * rejections, Gustafsson's controller, the starting step (from the state alone) and the failure conditions are
 * those of {@link RosenbrockIntegrator}. Unless the system is autonomous, ∂f/∂t and ∂g_k/∂t come from one forward
 * difference in t per step (δ = √(ε · max(10⁻⁵, |t|)), as in RODAS).
 *
 * <p>Cost per step: one Jacobian, one LU of n×n, 6 state stages and, per direction, 6 evaluations of g_k, 6 of
 * the coupling and 6 solves with the same factors. The g_k of all directions at one point, and their couplings with
 * the six state stages, are asked of the system in one call each ({@link SensitivityOdeSystem#sensitivityDerivatives(
 * double, double[], double[][], double[][])}, {@link SensitivityOdeSystem#sensitivityCouplings}), so that it can
 * share the work that does not depend on the direction. Not thread-safe; one instance per simulation (it keeps a
 * step-size hint between calls, like {@link RosenbrockIntegrator}).
 */
public final class RodasSensitivityIntegrator {

    /** Upper bound on step attempts (accepted + rejected) in one call. */
    public static final int MAX_ATTEMPTS = RosenbrockIntegrator.MAX_ATTEMPTS;

    private static final String NAME = "rosenbrock (sensitivities)";
    private static final int MAX_SINGULAR = 5;
    private static final double EPS = Math.ulp(1.0);

    /** Stage times c_i (i = 0..5). */
    private static final double[] C = {0, C2, C3, C4, 1, 1};
    /** Time-derivative coefficients d_i. */
    private static final double[] D = {D1, D2, D3, D4, 0, 0};
    /** Stage-point coefficients a_ij (stage 6 adds k5 to stage 5's point). */
    private static final double[][] A = {{}, {A21}, {A31, A32}, {A41, A42, A43}, {A51, A52, A53, A54},
        {A51, A52, A53, A54, 1}};
    /** Coupling coefficients c_ij (divided by h when used). */
    private static final double[][] CC = {{}, {C21}, {C31, C32}, {C41, C42, C43}, {C51, C52, C53, C54},
        {C61, C62, C63, C64, C65}};
    private static final double[] E2 = {E21, E22, E23, E24, E25};
    private static final double[] E3 = {E31, E32, E33, E34, E35};

    private final Tolerances tolerances;
    private final boolean controlSensitivities;
    private double stepHint = Double.NaN;
    private boolean afterDiscontinuity;

    /**
     * @param tolerances           error tolerances, for the state and (the same) for the sensitivities
     * @param controlSensitivities whether the sensitivities' error limits the step as the state's does
     */
    public RodasSensitivityIntegrator(Tolerances tolerances, boolean controlSensitivities) {
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
        this.controlSensitivities = controlSensitivities;
    }

    /** @return the tolerances */
    public Tolerances tolerances() {
        return tolerances;
    }

    /** The next call starts from a state changed discontinuously: its first step is estimated afresh. */
    public void discontinuity() {
        afterDiscontinuity = true;
    }

    /**
     * Advances y and the sensitivities from t0 to t1.
     *
     * @param system   the system, with an analytic Jacobian when it has sensitivity directions
     * @param t0       start time
     * @param y        state at t0 on entry, at t1 on return
     * @param s        sensitivities at t0 on entry ({@code s[k]}, length n each), at t1 on return
     * @param t1       end time, &ge; t0 (equal: nothing happens)
     * @param listener receives each accepted step
     * @param stats    work counters, incremented (right-hand sides count f only)
     * @throws IntegrationException as {@link RosenbrockIntegrator} does
     * @throws IllegalArgumentException if the system has sensitivity directions but no analytic Jacobian (without
     *                                  directions, a system without one gets RosenbrockIntegrator's difference
     *                                  quotients), or the arrays do not match it
     */
    public void integrate(SensitivityOdeSystem system, double t0, double[] y, double[][] s, double t1,
                          SensitivityStepListener listener, IntegrationStats stats) {
        integrate(system, t0, y, s, t1, listener, stats, StopCondition.NEVER);
    }

    /**
     * Advances y and the sensitivities from t0 towards t1, ending early where {@code stop} says (as
     * {@link RosenbrockIntegrator} does): the listener then sees the accepted step cut at that time, and y and s are
     * the step's continuous extension there.
     *
     * @param stop asked about every accepted step before the listener sees it
     * @return the time reached: t1, or the stop time
     * @see #integrate(SensitivityOdeSystem, double, double[], double[][], double, SensitivityStepListener,
     *      IntegrationStats)
     */
    public double integrate(SensitivityOdeSystem system, double t0, double[] y, double[][] s, double t1,
                            SensitivityStepListener listener, IntegrationStats stats, StopCondition stop) {
        IntegrationArguments.check(system, t0, y, t1, step -> { }, stats);
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(stop, "stop");
        if (!system.hasJacobian() && system.sensitivities() > 0) {
            throw new IllegalArgumentException("sensitivities need the system's analytic Jacobian");
        }
        if (s.length != system.sensitivities()) {
            throw new IllegalArgumentException(s.length + " sensitivity vectors for " + system.sensitivities()
                    + " directions");
        }
        for (double[] sk : s) {
            if (sk.length != y.length) {
                throw new IllegalArgumentException("a sensitivity vector has length " + sk.length + ", not "
                        + y.length);
            }
        }
        if (t1 == t0) {
            return t1;
        }
        int bad = IntegrationArguments.firstNonFinite(y);
        if (bad >= 0) {
            throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE, "initial state is not finite: y[" + bad + "] = " + y[bad],
                    t0);
        }
        Run run = new Run(system, y.length, s.length, stats);
        try {
            return run.integrate(t0, y, s, t1, listener, stop);
        } finally {
            run.flushStats();
        }
    }

    /** One call: work arrays, counters, the stepping loop. */
    private final class Run implements SensitivityStep {
        private final SensitivityOdeSystem system;
        private final IntegrationStats stats;
        private final int n;
        private final int m;
        private final StageMatrix matrix;
        private final double[] y;
        private final double[] yNew;
        private final double[] f0;
        private final double[] fx;
        private final double[] jac;
        private final double[] point;
        private final double[] fPoint;
        private final double[] rhs;
        private final double[][] k = new double[6][];
        private final double[] cont2;
        private final double[] cont3;
        private final double[][] sy;
        private final double[][] sNew;
        private final double[][] g0;
        private final double[][] gx;
        private final double[][][] kk;
        private final double[][] sCont2;
        private final double[][] sCont3;
        /** The state's stage points (index 0 unused: the step start). */
        private final double[][] points;
        /** Per direction, the right-hand side at a stage point. */
        private final double[][] gStage;
        /** Per direction and state stage i, the coupling C·k_i. */
        private final double[][][] couplings;
        private final boolean autonomous;
        private double start;
        private double end;
        private double h;
        private long accepted;
        private long rejected;
        private long attempts;
        private long rhsCount;
        private long jacobians;
        private long decompositions;

        Run(SensitivityOdeSystem system, int n, int m, IntegrationStats stats) {
            this.system = system;
            this.stats = stats;
            this.n = n;
            this.m = m;
            this.matrix = new StageMatrix(n, system.jacobianPattern());
            y = new double[n];
            yNew = new double[n];
            f0 = new double[n];
            fx = new double[n];
            jac = new double[n * n];
            point = new double[n];
            fPoint = new double[n];
            rhs = new double[n];
            for (int i = 0; i < 6; i++) {
                k[i] = new double[n];
            }
            cont2 = new double[n];
            cont3 = new double[n];
            sy = new double[m][n];
            sNew = new double[m][n];
            g0 = new double[m][n];
            gx = new double[m][n];
            kk = new double[m][6][n];
            sCont2 = new double[m][n];
            sCont3 = new double[m][n];
            points = new double[6][n];
            gStage = new double[m][n];
            couplings = new double[m][6][n];
            autonomous = system.isAutonomous();
        }

        void flushStats() {
            stats.addSteps(accepted);
            stats.addRejectedSteps(rejected);
            stats.addRhsEvaluations(rhsCount);
            stats.addJacobianEvaluations(jacobians);
            stats.addLuDecompositions(decompositions);
        }

        double integrate(double t0, double[] yInOut, double[][] sInOut, double t1, SensitivityStepListener listener,
                         StopCondition stop) {
            double atol = tolerances.absolute();
            double rtol = tolerances.relative();
            System.arraycopy(yInOut, 0, y, 0, n);
            for (int q = 0; q < m; q++) {
                System.arraycopy(sInOut[q], 0, sy[q], 0, n);
            }
            double t = t0;
            evaluate(t, y, f0);
            requireFinite(f0, "right-hand side at the initial state", t);
            double hNow = Double.isNaN(stepHint) ? initialStep(t, t1 - t0, atol, rtol)
                    : afterDiscontinuity ? Math.min(stepHint, initialStep(t, t1 - t0, atol, rtol)) : stepHint;
            afterDiscontinuity = false;
            boolean needJacobian = true;
            RodasStepControl control = new RodasStepControl();
            int singularInRow = 0;
            double hProposed = hNow;
            double nonFiniteTime = Double.NaN;
            while (t < t1) {
                double minStep = 10 * Math.ulp(Math.max(Math.abs(t), Math.abs(t1)));
                hProposed = hNow;
                if (t1 - t <= minStep) {
                    hNow = t1 - t;
                } else if (!(hNow >= minStep)) {
                    String note = Double.isNaN(nonFiniteTime) ? ""
                            : "; the state or its derivative became non-finite near t = " + nonFiniteTime;
                    throw new IntegrationException(NAME, note.isEmpty() ? IntegrationException.Reason.STEP_UNDERFLOW
                            : IntegrationException.Reason.NON_FINITE, "step size underflow, h = " + hNow + note, t);
                }
                boolean last = t + 1.0001 * hNow >= t1;
                if (last) {
                    hNow = t1 - t;
                }
                if (needJacobian) {
                    jacobianAndTimeDerivatives(t);
                    needJacobian = false;
                }
                if (++attempts > MAX_ATTEMPTS) {
                    throw new IntegrationException(NAME, IntegrationException.Reason.ATTEMPT_LIMIT,
                            "more than " + MAX_ATTEMPTS + " step attempts in one call", t);
                }
                decompositions++;
                if (!matrix.factor(jac, 1 / (GAMMA * hNow))) {
                    rejected++;
                    if (++singularInRow >= MAX_SINGULAR) {
                        throw new IntegrationException(NAME, IntegrationException.Reason.SINGULAR_MATRIX,
                                "matrix I/(gamma h) - J singular " + MAX_SINGULAR + " times in a row, h = " + hNow, t);
                    }
                    hNow = control.singular(hNow);
                    continue;
                }
                singularInRow = 0;
                stages(t, hNow);
                double err = errorNorm(atol, rtol);
                if (!(err <= 1)) {
                    rejected++;
                    if (Double.isNaN(err) && Double.isNaN(nonFiniteTime)) {
                        nonFiniteTime = t;
                    }
                    hNow = control.rejected(hNow, err);
                    continue;
                }
                double hNext = control.accepted(hNow, err);
                double tEnd = last ? t1 : t + hNow;
                denseOutput(t, tEnd, hNow);
                accepted++;
                double at = stop.stopTime(this);
                if (!Double.isNaN(at)) {
                    end = Math.min(Math.max(at, Math.nextUp(t)), tEnd);
                    listener.step(this);
                    if (end == tEnd) {
                        System.arraycopy(yNew, 0, yInOut, 0, n);
                        for (int q = 0; q < m; q++) {
                            System.arraycopy(sNew[q], 0, sInOut[q], 0, n);
                        }
                    } else {
                        interpolate(end, yInOut);
                        interpolateSensitivities(end, sInOut);
                    }
                    stepHint = Math.max(hProposed, hNext);
                    return end;
                }
                listener.step(this);
                System.arraycopy(yNew, 0, y, 0, n);
                for (int q = 0; q < m; q++) {
                    System.arraycopy(sNew[q], 0, sy[q], 0, n);
                }
                t = tEnd;
                hNow = hNext;
                hProposed = last ? Math.max(hProposed, hNext) : hNext;
                if (t < t1) {
                    evaluate(t, y, f0);
                    requireFinite(f0, "right-hand side", t);
                    needJacobian = true;
                }
            }
            System.arraycopy(y, 0, yInOut, 0, n);
            for (int q = 0; q < m; q++) {
                System.arraycopy(sy[q], 0, sInOut[q], 0, n);
            }
            stepHint = hProposed;
            return t1;
        }

        private void evaluate(double t, double[] state, double[] out) {
            system.derivatives(t, state, out);
            rhsCount++;
        }

        /** Starting step of Hairer, Nørsett &amp; Wanner (I, §II.4) for order 4, from the state alone. */
        private double initialStep(double t, double span, double atol, double rtol) {
            double d0 = 0;
            double d1 = 0;
            for (int i = 0; i < n; i++) {
                double sk = atol + rtol * Math.abs(y[i]);
                d0 += (y[i] / sk) * (y[i] / sk);
                d1 += (f0[i] / sk) * (f0[i] / sk);
            }
            d0 = Math.sqrt(d0 / n);
            d1 = Math.sqrt(d1 / n);
            double h0 = Math.min((d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1, span);
            for (int i = 0; i < n; i++) {
                point[i] = y[i] + h0 * f0[i];
            }
            evaluate(t + h0, point, fPoint);
            double d2 = 0;
            for (int i = 0; i < n; i++) {
                double r = (fPoint[i] - f0[i]) / (atol + rtol * Math.abs(y[i]));
                d2 += r * r;
            }
            d2 = Math.sqrt(d2 / n) / h0;
            double dMax = Math.max(d1, d2);
            double h1 = dMax <= 1e-15 || !Double.isFinite(dMax) ? Math.max(1e-6, h0 * 1e-3)
                    : Math.pow(0.01 / dMax, 1.0 / (RosenbrockIntegrator.ORDER + 1));
            return Math.min(Math.min(100 * h0, h1), span);
        }

        /** J, g_k at the step start, and (non-autonomous systems) ∂f/∂t and ∂g_k/∂t by a forward difference. */
        private void jacobianAndTimeDerivatives(double t) {
            if (system.hasJacobian()) {
                system.jacobian(t, y, jac);
            } else {
                rhsCount += DifferenceJacobian.fill(system, t, y, f0, tolerances.absolute() / tolerances.relative(),
                        jac, fPoint);
            }
            jacobians++;
            int bad = matrix.firstNonFinite(jac);
            if (bad >= 0) {
                throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                        "Jacobian entry (" + bad / n + ", " + bad % n + ") is not finite", t);
            }
            if (m > 0) {
                system.sensitivityDerivatives(t, y, sy, g0);
            }
            if (autonomous) {
                java.util.Arrays.fill(fx, 0);
                for (int q = 0; q < m; q++) {
                    java.util.Arrays.fill(gx[q], 0);
                }
                return;
            }
            double shifted = t + Math.sqrt(EPS * Math.max(1e-5, Math.abs(t)));
            double delta = shifted - t;
            evaluate(shifted, y, fPoint);
            for (int i = 0; i < n; i++) {
                fx[i] = (fPoint[i] - f0[i]) / delta;
            }
            requireFinite(fx, "time derivative of the right-hand side", t);
            if (m > 0) {
                system.sensitivityDerivatives(shifted, y, sy, gStage);
            }
            for (int q = 0; q < m; q++) {
                for (int i = 0; i < n; i++) {
                    gx[q][i] = (gStage[q][i] - g0[q][i]) / delta;
                }
            }
        }

        /**
         * The six stages of the augmented system: the state's (its points kept), then every direction's coupling
         * C_k·k_i at the step start for the six state stages in one call, then stage by stage the sensitivities',
         * whose right-hand sides are evaluated for all directions in one call. The state's stages do not depend on
         * the sensitivities, so this is the block forward substitution of the augmented system in another order.
         */
        private void stages(double t, double step) {
            for (int i = 0; i < 6; i++) {
                if (i == 0) {
                    System.arraycopy(f0, 0, fPoint, 0, n);
                } else {
                    combine(y, A[i], k, points[i]);
                    evaluate(t + C[i] * step, points[i], fPoint);
                }
                assemble(fPoint, CC[i], k, step, D[i] * step, fx, rhs);
                matrix.solve(rhs, k[i]);
            }
            if (m > 0) {
                system.sensitivityCouplings(t, y, sy, k, couplings);
            }
            for (int i = 0; i < 6; i++) {
                double[][] g = g0;
                if (i > 0 && m > 0) {
                    for (int q = 0; q < m; q++) {
                        combine(sy[q], A[i], kk[q], sNew[q]);
                    }
                    system.sensitivityDerivatives(t + C[i] * step, points[i], sNew, gStage);
                    g = gStage;
                }
                for (int q = 0; q < m; q++) {
                    double[][] kq = kk[q];
                    assemble(g[q], CC[i], kq, step, D[i] * step, gx[q], rhs);
                    double[] coupling = couplings[q][i];
                    for (int c = 0; c < n; c++) {
                        rhs[c] += coupling[c];
                    }
                    matrix.solve(rhs, kq[i]);
                }
            }
            finish(y, k, yNew);
            for (int q = 0; q < m; q++) {
                finish(sy[q], kk[q], sNew[q]);
            }
        }

        /** out = base + Σ_j a_j·stages[j]. */
        private void combine(double[] base, double[] a, double[][] stages, double[] out) {
            for (int c = 0; c < n; c++) {
                double v = base[c];
                for (int j = 0; j < a.length; j++) {
                    v += a[j] * stages[j][c];
                }
                out[c] = v;
            }
        }

        /** out = f + Σ_j (c_j/h)·stages[j] + hd·timeDerivative. */
        private void assemble(double[] f, double[] cs, double[][] stages, double step, double hd,
                              double[] timeDerivative, double[] out) {
            for (int c = 0; c < n; c++) {
                double v = f[c];
                for (int j = 0; j < cs.length; j++) {
                    v += cs[j] / step * stages[j][c];
                }
                out[c] = v + hd * timeDerivative[c];
            }
        }

        /** The order-4 solution: the sixth stage's point plus k6. */
        private void finish(double[] base, double[][] stages, double[] out) {
            combine(base, A[5], stages, out);
            for (int c = 0; c < n; c++) {
                out[c] += stages[5][c];
            }
        }

        private double errorNorm(double atol, double rtol) {
            double err = rms(y, yNew, k[5], atol, rtol);
            if (controlSensitivities) {
                for (int q = 0; q < m; q++) {
                    err = Math.max(err, rms(sy[q], sNew[q], kk[q][5], atol, rtol));
                }
            }
            boolean finite = Double.isFinite(err) && IntegrationArguments.firstNonFinite(yNew) < 0;
            for (int q = 0; q < m && finite; q++) {
                finite = IntegrationArguments.firstNonFinite(sNew[q]) < 0;
            }
            return finite ? err : Double.NaN;
        }

        private double rms(double[] from, double[] to, double[] e, double atol, double rtol) {
            double sum = 0;
            for (int c = 0; c < n; c++) {
                double r = e[c] / (atol + rtol * Math.max(Math.abs(from[c]), Math.abs(to[c])));
                sum += r * r;
            }
            return Math.sqrt(sum / n);
        }

        private void denseOutput(double t, double tEnd, double step) {
            extension(k, cont2, cont3);
            for (int q = 0; q < m; q++) {
                extension(kk[q], sCont2[q], sCont3[q]);
            }
            start = t;
            end = tEnd;
            h = step;
        }

        private void extension(double[][] stages, double[] c2, double[] c3) {
            for (int c = 0; c < n; c++) {
                double a = 0;
                double b = 0;
                for (int j = 0; j < 5; j++) {
                    a += E2[j] * stages[j][c];
                    b += E3[j] * stages[j][c];
                }
                c2[c] = a;
                c3[c] = b;
            }
        }

        private void requireFinite(double[] v, String what, double t) {
            int bad = IntegrationArguments.firstNonFinite(v);
            if (bad >= 0) {
                throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                        what + " is not finite: component " + bad + " = " + v[bad], t);
            }
        }

        @Override
        public double start() {
            return start;
        }

        @Override
        public double end() {
            return end;
        }

        @Override
        public void interpolate(double t, double[] out) {
            interpolate(t, y, yNew, cont2, cont3, out);
        }

        @Override
        public void interpolateSensitivities(double t, double[][] out) {
            for (int q = 0; q < m; q++) {
                interpolate(t, sy[q], sNew[q], sCont2[q], sCont3[q], out[q]);
            }
        }

        /** RODAS' continuous extension, y(t) = (1 − s)·y0 + s·(y1 + (1 − s)·(c2 + s·c3)), s = (t − t0)/h. */
        private void interpolate(double t, double[] y0, double[] y1, double[] c2, double[] c3, double[] out) {
            double s = (t - start) / h;
            for (int c = 0; c < n; c++) {
                out[c] = (1 - s) * y0[c] + s * (y1[c] + (1 - s) * (c2[c] + s * c3[c]));
            }
        }
    }
}
