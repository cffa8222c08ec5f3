package org.aftermath.ode;

import java.util.Arrays;
import java.util.Objects;


/**
 * RODAS4, the L-stable, stiffly accurate 6-stage Rosenbrock method of order 4 with an embedded
 * order-3 error estimate (Hairer &amp; Wanner, <i>Solving Ordinary Differential Equations II</i>,
 * 2nd ed., Springer 1996, §IV.7; coefficients as in their code RODAS, METH = 1). For stiff
 * problems.
 *
 * <p>Each step solves six linear systems with the matrix I/(γh) − J, γ = 1/4, factorised once
 * per attempt ({@link SparseLu}: partial pivoting, zeros skipped, so the cost follows the
 * non-zeros of the Jacobian; measured on the Figure 3C model, 47 states and 284 structural
 * non-zeros, it replaced Hipparchus' dense {@code LUDecomposition}, which took three quarters
 * of the integration time). When the system declares its Jacobian pattern
 * ({@link OdeSystem#jacobianPattern()}), a minimum-degree order is planned once with its fill-in
 * ({@link PatternLu}) and matrices are factorised in that order as long as every planned pivot
 * keeps a tenth of its column's largest magnitude; otherwise partial pivoting factorises, and
 * after three such failures in a row its row order becomes the plan. J = ∂f/∂y at the step start is taken from
 * {@link OdeSystem#jacobian} when {@link OdeSystem#hasJacobian()}, otherwise by forward
 * differences, column by column (n evaluations), with increment
 * δ_j = √ε · max(|y_j|, absolute/relative): the component's magnitude, or the magnitude below which
 * the tolerances treat it as negligible. Unless {@link OdeSystem#isAutonomous()}, ∂f/∂t is
 * estimated by a forward difference with δ = √(ε · max(10⁻⁵, |t|)) (as in RODAS), one more
 * evaluation. The Jacobian is evaluated once per step and reused after a rejection (same t, y).
 *
 * <p>Step control: error = RMS over components of e_i / (absolute · s_i + relative ·
 * max(|y_i(start)|, |y_i(end)|)), with s_i the component's absolute-tolerance scale (1 unless
 * given, {@link #RosenbrockIntegrator(Tolerances, double[])}; the starting-step estimate uses the
 * same weights, the difference-quotient increment floor the unscaled absolute tolerance) and e
 * the difference between the order-4 and order-3 solutions; accept when error ≤ 1. New step h · clamp(0.9 · error^(−1/4), 1/5, 6), combined after acceptance with
 * Gustafsson's predictive controller (as RODAS does), no growth right after a rejection. Attempts
 * with non-finite values or a singular matrix are rejected (step ÷ 5, resp. ÷ 2). The integration
 * fails with an {@link IntegrationException} when the step falls below 10 ulp of t, after 5
 * consecutive singular matrices, or after {@value #MAX_ATTEMPTS} attempts in one call.
 *
 * <p>Difference quotients carry relative errors of about 1e-8 (√ε); they add a global error
 * term proportional to h that the error estimate does not fully see. In the tests it shows
 * only below about 1e-11 relative; for the last digits supply an analytic Jacobian and declare
 * autonomous systems.
 *
 * <p>Dense output: RODAS' continuous extension, order 3, exact at both step ends.
 *
 * <p>First step: the starting-step algorithm of Hairer, Nørsett &amp; Wanner (Solving ODEs I,
 * §II.4), one evaluation; later calls on the same instance start from the step the controller
 * proposed at the end of the previous call, or after {@link #discontinuity()} from the smaller of
 * that and the starting-step estimate, so results are a deterministic function of the instance's
 * call history.
 *
 * <p>Counters: accepted steps, rejected attempts, every right-hand-side evaluation (stages,
 * difference quotients, start-up), Jacobian evaluations (analytic or numerical) and LU
 * decompositions.
 *
 * <p>Fixed-step mode ({@link #fixedStep}): n = ⌈(t1 − t0)/h⌉ equal steps per call, no error
 * control. For convergence-order studies only.
 */
public final class RosenbrockIntegrator implements Integrator {

    /** The name under which {@link IntegratorKind#create} selects this method. */
    public static final String NAME = IntegratorKind.ROSENBROCK.id();

    /** Order of the propagated solution. */
    public static final int ORDER = 4;

    /** Upper bound on step attempts (accepted + rejected) in one call. */
    public static final int MAX_ATTEMPTS = 1_000_000;

    // RODAS4 coefficients in the W-transformed form used by Hairer & Wanner's code RODAS
    // (ROCOEF, METH = 1); Hairer & Wanner, Solving ODEs II, 2nd ed., §IV.7.
    private static final double GAMMA = 0.25;
    private static final double C2 = 0.386;
    private static final double C3 = 0.21;
    private static final double C4 = 0.63;
    private static final double D1 = 0.25;
    private static final double D2 = -0.1043;
    private static final double D3 = 0.1035;
    private static final double D4 = -0.3620000000000023e-01;
    private static final double A21 = 0.1544000000000000e+01;
    private static final double A31 = 0.9466785280815826e+00;
    private static final double A32 = 0.2557011698983284e+00;
    private static final double A41 = 0.3314825187068521e+01;
    private static final double A42 = 0.2896124015972201e+01;
    private static final double A43 = 0.9986419139977817e+00;
    private static final double A51 = 0.1221224509226641e+01;
    private static final double A52 = 0.6019134481288629e+01;
    private static final double A53 = 0.1253708332932087e+02;
    private static final double A54 = -0.6878860361058950e+00;
    private static final double C21 = -0.5668800000000000e+01;
    private static final double C31 = -0.2430093356833875e+01;
    private static final double C32 = -0.2063599157091915e+00;
    private static final double C41 = -0.1073529058151375e+00;
    private static final double C42 = -0.9594562251023355e+01;
    private static final double C43 = -0.2047028614809616e+02;
    private static final double C51 = 0.7496443313967647e+01;
    private static final double C52 = -0.1024680431464352e+02;
    private static final double C53 = -0.3399990352819905e+02;
    private static final double C54 = 0.1170890893206160e+02;
    private static final double C61 = 0.8083246795921522e+01;
    private static final double C62 = -0.7981132988064893e+01;
    private static final double C63 = -0.3152159432874371e+02;
    private static final double C64 = 0.1631930543123136e+02;
    private static final double C65 = -0.6058818238834054e+01;
    // continuous extension (RODAS' D21..D35)
    private static final double E21 = 0.1012623508344586e+02;
    private static final double E22 = -0.7487995877610167e+01;
    private static final double E23 = -0.3480091861555747e+02;
    private static final double E24 = -0.7992771707568823e+01;
    private static final double E25 = 0.1025137723295662e+01;
    private static final double E31 = -0.6762803392801253e+00;
    private static final double E32 = 0.6087714651680015e+01;
    private static final double E33 = 0.1643084320892478e+02;
    private static final double E34 = 0.2476722511418386e+02;
    private static final double E35 = -0.6594389125716872e+01;

    // step-size controller (RODAS defaults)
    private static final int MAX_SINGULAR = 5;
    /** Consecutive threshold failures of the planned order after which partial pivoting's order is planned. */
    private static final int PLAN_FAILURES = 3;

    private static final double EPS = Math.ulp(1.0);

    private final Tolerances tolerances;
    private final double[] absoluteScales;
    private final double fixedStep;
    private double stepHint = Double.NaN;
    private boolean afterDiscontinuity;
    private Workspace workspace;

    /**
     * Adaptive RODAS4.
     *
     * @param tolerances error tolerances
     */
    public RosenbrockIntegrator(Tolerances tolerances) {
        this(Objects.requireNonNull(tolerances, "tolerances"), null, Double.NaN);
    }

    /**
     * Adaptive RODAS4 with a per-component absolute tolerance: component i is controlled by
     * {@code absolute · absoluteScales[i] + relative · |y_i|}.
     *
     * @param tolerances     error tolerances
     * @param absoluteScales one positive, finite multiplier of the absolute tolerance per state
     *                       component (copied), or null for 1 everywhere; its length must equal
     *                       the dimension of every system integrated
     * @throws IllegalArgumentException if a scale is not positive and finite
     */
    public RosenbrockIntegrator(Tolerances tolerances, double[] absoluteScales) {
        this(Objects.requireNonNull(tolerances, "tolerances"), IntegrationArguments.checkScales(absoluteScales),
                Double.NaN);
    }

    private RosenbrockIntegrator(Tolerances tolerances, double[] absoluteScales, double fixedStep) {
        this.tolerances = tolerances;
        this.absoluteScales = absoluteScales;
        this.fixedStep = fixedStep;
    }

    /**
     * A fixed-step RODAS4 without error control, for convergence-order tests. Numerical
     * Jacobians use the increment floor of {@link Tolerances#DEFAULT}.
     *
     * @param step the nominal step size, in time units, &gt; 0 and finite
     * @return the integrator
     * @throws IllegalArgumentException if step is not positive and finite
     */
    public static RosenbrockIntegrator fixedStep(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be > 0 and finite, got " + step);
        }
        return new RosenbrockIntegrator(null, null, step);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the tolerances, or null in fixed-step mode */
    public Tolerances tolerances() {
        return tolerances;
    }

    /**
     * The next call starts with the smaller of the kept step-size hint and the starting-step
     * estimate at its initial state (one more right-hand-side evaluation), instead of the hint
     * alone: after a dose the hint of the smooth stretch before it is usually rejected several
     * times (Figure 3C cohort preset: 431 rejected attempts without, 228 with).
     */
    @Override
    public void discontinuity() {
        afterDiscontinuity = true;
    }

    @Override
    public double integrate(OdeSystem system, double t0, double[] y, double t1,
                            StepListener listener, IntegrationStats stats, StopCondition stop) {
        IntegrationArguments.check(system, t0, y, t1, listener, stats);
        java.util.Objects.requireNonNull(stop, "stop");
        if (t1 == t0) {
            return t1;
        }
        int bad = IntegrationArguments.firstNonFinite(y);
        if (bad >= 0) {
            throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                    "initial state is not finite: y[" + bad + "] = " + y[bad], t0);
        }
        int n = y.length;
        IntegrationArguments.checkScaleLength(absoluteScales, n);
        if (workspace == null || workspace.n != n || !workspace.fits(system)) {
            workspace = new Workspace(n, system);
        }
        Stepper stepper = new Stepper(system, workspace, stats);
        try {
            if (tolerances == null) {
                return stepper.runFixed(t0, y, t1, listener, stop);
            }
            return stepper.runAdaptive(t0, y, t1, listener, stop);
        } finally {
            stepper.flushStats();
        }
    }


    /** Arrays reused from call to call while the dimension stays the same. */
    private static final class Workspace {
        final int n;
        final double[] y;
        final double[] yNew;
        final double[] f0;
        final double[] dfdt;
        final double[] jac;
        final double[] stage;
        final double[] fStage;
        final double[] rhs;
        final double[] k1;
        final double[] k2;
        final double[] k3;
        final double[] k4;
        final double[] k5;
        final double[] k6;
        final double[] cont2;
        final double[] cont3;
        final double[] w;
        /** Absolute tolerance per component, set at the start of each adaptive call. */
        final double[] atol;
        final SparseLu lu;
        /** The Jacobian's pattern as the system declared it, or null. */
        final int[] declaredPattern;
        /** Factors W in the pattern of an analytic Jacobian, or null. */
        final PatternLu patternLu;
        /** True when the last successful factorisation was patternLu's. */
        boolean patternFactors;
        /** Consecutive attempts whose planned pivots failed the threshold. */
        int patternFailures;

        Workspace(int n, OdeSystem system) {
            this.n = n;
            y = new double[n];
            yNew = new double[n];
            f0 = new double[n];
            dfdt = new double[n];
            jac = new double[n * n];
            stage = new double[n];
            fStage = new double[n];
            rhs = new double[n];
            k1 = new double[n];
            k2 = new double[n];
            k3 = new double[n];
            k4 = new double[n];
            k5 = new double[n];
            k6 = new double[n];
            cont2 = new double[n];
            cont3 = new double[n];
            w = new double[n * n];
            atol = new double[n];
            lu = new SparseLu(n);
            declaredPattern = system.hasJacobian() ? system.jacobianPattern() : null;
            patternLu = declaredPattern == null ? null : new PatternLu(n, declaredPattern);
            if (patternLu != null) {
                patternLu.planMinimumDegree();
            }
        }

        /** @return true when this workspace was made for a system with the same Jacobian pattern */
        boolean fits(OdeSystem system) {
            int[] pattern = system.hasJacobian() ? system.jacobianPattern() : null;
            return pattern == null ? declaredPattern == null : Arrays.equals(pattern, declaredPattern);
        }
    }

    /** One call's stepping loop and counters. */
    private final class Stepper {
        private final OdeSystem system;
        private final Workspace ws;
        private final IntegrationStats stats;
        private final int n;
        private final RodasStep denseStep;
        private final TruncatedStep truncated = new TruncatedStep();

        private long accepted;
        private long rejected;
        private long attempts;
        private long rhs;
        private long jacobians;
        private long decompositions;

        Stepper(OdeSystem system, Workspace ws, IntegrationStats stats) {
            this.system = system;
            this.ws = ws;
            this.stats = stats;
            this.n = ws.n;
            this.denseStep = new RodasStep(ws);
        }

        void flushStats() {
            stats.addSteps(accepted);
            stats.addRejectedSteps(rejected);
            stats.addRhsEvaluations(rhs);
            stats.addJacobianEvaluations(jacobians);
            stats.addLuDecompositions(decompositions);
        }

        double runAdaptive(double t0, double[] yInOut, double t1, StepListener listener, StopCondition stop) {
            double atol = tolerances.absolute();
            double rtol = tolerances.relative();
            for (int i = 0; i < n; i++) {
                ws.atol[i] = absoluteScales == null ? atol : atol * absoluteScales[i];
            }
            double[] y = ws.y;
            System.arraycopy(yInOut, 0, y, 0, n);
            double t = t0;
            evaluate(t, y, ws.f0);
            requireFinite(ws.f0, "right-hand side at the initial state", t);

            double h = Double.isNaN(stepHint) ? initialStep(t, y, t1 - t0, rtol)
                    : afterDiscontinuity ? Math.min(stepHint, initialStep(t, y, t1 - t0, rtol)) : stepHint;
            afterDiscontinuity = false;
            boolean needJacobian = true;
            RodasStepControl control = new RodasStepControl();
            int singularInRow = 0;
            double hProposed = h;
            double nonFiniteTime = Double.NaN;

            while (t < t1) {
                double minStep = 10 * Math.ulp(Math.max(Math.abs(t), Math.abs(t1)));
                hProposed = h;
                if (t1 - t <= minStep) {
                    h = t1 - t; // what remains is below the resolution of t: one step, as it is
                } else if (!(h >= minStep)) {
                    String note = Double.isNaN(nonFiniteTime) ? ""
                            : "; the state or its derivative became non-finite near t = " + nonFiniteTime;
                    throw new IntegrationException(NAME, Double.isNaN(nonFiniteTime)
                            ? IntegrationException.Reason.STEP_UNDERFLOW : IntegrationException.Reason.NON_FINITE,
                            "step size underflow, h = " + h + note, t);
                }
                boolean last = t + 1.0001 * h >= t1;
                if (last) {
                    h = t1 - t;
                }
                if (needJacobian) {
                    jacobianAndTimeDerivative(t, y, atol / rtol);
                    needJacobian = false;
                }
                countAttempt(t);
                if (!factorize(h)) {
                    rejected++;
                    if (++singularInRow >= MAX_SINGULAR) {
                        throw new IntegrationException(NAME, IntegrationException.Reason.SINGULAR_MATRIX,
                                "matrix I/(gamma h) - J singular " + MAX_SINGULAR + " times in a row, h = " + h, t);
                    }
                    h = control.singular(h);
                    continue;
                }
                singularInRow = 0;
                stages(t, y, h);
                double err = errorNorm(y, ws.yNew, ws.k6, rtol);
                if (!(err <= 1)) {
                    // rejected (err > 1 or not finite)
                    rejected++;
                    if (Double.isNaN(err) && Double.isNaN(nonFiniteTime)) {
                        nonFiniteTime = t;
                    }
                    h = control.rejected(h, err);
                    continue;
                }
                double hNext = control.accepted(h, err);

                double tEnd = last ? t1 : t + h;
                denseOutput(t, tEnd, h);
                accepted++;
                double at = TruncatedStep.report(denseStep, stop, listener, truncated);
                if (!Double.isNaN(at)) {
                    if (at == tEnd) {
                        System.arraycopy(ws.yNew, 0, yInOut, 0, n);
                    } else {
                        denseStep.interpolate(at, yInOut);
                    }
                    stepHint = Math.max(hProposed, hNext);
                    return at;
                }
                System.arraycopy(ws.yNew, 0, y, 0, n);
                t = tEnd;
                h = hNext;
                hProposed = last ? Math.max(hProposed, hNext) : hNext;
                if (t < t1) {
                    evaluate(t, y, ws.f0);
                    requireFinite(ws.f0, "right-hand side", t);
                    needJacobian = true;
                }
            }
            System.arraycopy(y, 0, yInOut, 0, n);
            stepHint = hProposed;
            return t1;
        }

        double runFixed(double t0, double[] yInOut, double t1, StepListener listener, StopCondition stop) {
            double[] y = ws.y;
            System.arraycopy(yInOut, 0, y, 0, n);
            double span = t1 - t0;
            long steps = Math.max(1L, (long) Math.ceil(span / fixedStep * (1 - 1e-12)));
            double floor = Tolerances.DEFAULT.absolute() / Tolerances.DEFAULT.relative();
            double t = t0;
            for (long i = 1; i <= steps; i++) {
                double tEnd = i == steps ? t1 : t0 + span * i / steps;
                double h = tEnd - t;
                evaluate(t, y, ws.f0);
                jacobianAndTimeDerivative(t, y, floor);
                countAttempt(t);
                if (!factorize(h)) {
                    throw new IntegrationException(NAME, IntegrationException.Reason.SINGULAR_MATRIX,
                            "matrix I/(gamma h) - J is singular, h = " + h, t);
                }
                stages(t, y, h);
                int bad = IntegrationArguments.firstNonFinite(ws.yNew);
                if (bad >= 0) {
                    throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                            "state became non-finite: y[" + bad + "] = " + ws.yNew[bad], tEnd);
                }
                denseOutput(t, tEnd, h);
                accepted++;
                double at = TruncatedStep.report(denseStep, stop, listener, truncated);
                if (!Double.isNaN(at)) {
                    denseStep.interpolate(at, yInOut);
                    return at;
                }
                System.arraycopy(ws.yNew, 0, y, 0, n);
                t = tEnd;
            }
            System.arraycopy(y, 0, yInOut, 0, n);
            return t1;
        }

        private void countAttempt(double t) {
            if (++attempts > MAX_ATTEMPTS) {
                throw new IntegrationException(NAME, IntegrationException.Reason.ATTEMPT_LIMIT,
                        "more than " + MAX_ATTEMPTS + " step attempts in one call", t);
            }
        }

        private void evaluate(double t, double[] y, double[] out) {
            system.derivatives(t, y, out);
            rhs++;
        }

        /** Starting step (Hairer, Nørsett & Wanner I, §II.4), for order ORDER. */
        private double initialStep(double t, double[] y, double span, double rtol) {
            double[] f0 = ws.f0;
            double d0 = 0;
            double d1 = 0;
            for (int i = 0; i < n; i++) {
                double sk = ws.atol[i] + rtol * Math.abs(y[i]);
                d0 += (y[i] / sk) * (y[i] / sk);
                d1 += (f0[i] / sk) * (f0[i] / sk);
            }
            d0 = Math.sqrt(d0 / n);
            d1 = Math.sqrt(d1 / n);
            double h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
            h0 = Math.min(h0, span);
            double[] y1 = ws.stage;
            for (int i = 0; i < n; i++) {
                y1[i] = y[i] + h0 * f0[i];
            }
            evaluate(t + h0, y1, ws.fStage);
            double d2 = 0;
            for (int i = 0; i < n; i++) {
                double sk = ws.atol[i] + rtol * Math.abs(y[i]);
                double r = (ws.fStage[i] - f0[i]) / sk;
                d2 += r * r;
            }
            d2 = Math.sqrt(d2 / n) / h0;
            double dMax = Math.max(d1, d2);
            double h1 = dMax <= 1e-15 || !Double.isFinite(dMax)
                    ? Math.max(1e-6, h0 * 1e-3)
                    : Math.pow(0.01 / dMax, 1.0 / (ORDER + 1));
            return Math.min(Math.min(100 * h0, h1), span);
        }

        private void jacobianAndTimeDerivative(double t, double[] y, double incrementFloor) {
            double[] jac = ws.jac;
            if (system.hasJacobian()) {
                system.jacobian(t, y, jac);
            } else {
                rhs += DifferenceJacobian.fill(system, t, y, ws.f0, incrementFloor, jac, ws.fStage);
            }
            jacobians++;
            int bad = ws.patternLu == null ? IntegrationArguments.firstNonFinite(jac) : nonFiniteInPattern(jac);
            if (bad >= 0) {
                throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                        "Jacobian entry (" + bad / n + ", " + bad % n + ") is not finite", t);
            }
            if (system.isAutonomous()) {
                Arrays.fill(ws.dfdt, 0);
            } else {
                double tShifted = t + Math.sqrt(EPS * Math.max(1e-5, Math.abs(t)));
                double delta = tShifted - t;
                evaluate(tShifted, y, ws.fStage);
                for (int i = 0; i < n; i++) {
                    ws.dfdt[i] = (ws.fStage[i] - ws.f0[i]) / delta;
                }
                requireFinite(ws.dfdt, "time derivative of the right-hand side", t);
            }
        }

        /** @return the first index of the pattern holding a non-finite entry, or -1 */
        private int nonFiniteInPattern(double[] jac) {
            for (int q : ws.patternLu.entries()) {
                if (!Double.isFinite(jac[q])) {
                    return q;
                }
            }
            return -1;
        }

        /**
         * Factorises I/(γh) − J; false when singular. With a declared Jacobian pattern the planned
         * sparse factorisation (minimum-degree order at first) is tried first; when its pivots fail
         * the threshold, partial pivoting factorises, and after {@value #PLAN_FAILURES} failures in
         * a row its row order is planned for the next calls.
         */
        private boolean factorize(double h) {
            double diagonal = 1 / (GAMMA * h);
            if (ws.patternLu != null && ws.patternLu.factor(ws.jac, diagonal)) {
                decompositions++;
                ws.patternFactors = true;
                ws.patternFailures = 0;
                return true;
            }
            ws.patternFactors = false;
            boolean replan = ws.patternLu != null && ++ws.patternFailures >= PLAN_FAILURES;
            double[] w = ws.w;
            double[] jac = ws.jac;
            for (int k = 0; k < n * n; k++) {
                w[k] = -jac[k];
            }
            for (int i = 0; i < n; i++) {
                w[i * n + i] += diagonal;
            }
            decompositions++;
            boolean ok = ws.lu.factor(w);
            if (ok && replan) {
                ws.patternLu.plan(ws.lu.permutation());
                ws.patternFailures = 0;
            }
            return ok;
        }

        /** Solves (I/(γh) − J) k = ws.rhs. */
        private void solve(double[] k) {
            if (ws.patternFactors) {
                ws.patternLu.solve(ws.rhs, k);
            } else {
                ws.lu.solve(ws.rhs, k);
            }
        }

        /** The six stages; leaves the new state in ws.yNew and the error vector in ws.k6. */
        private void stages(double t, double[] y, double h) {
            double[] f0 = ws.f0;
            double[] fx = ws.dfdt;
            double[] s = ws.stage;
            double[] fs = ws.fStage;
            double[] r = ws.rhs;
            double[] k1 = ws.k1;
            double[] k2 = ws.k2;
            double[] k3 = ws.k3;
            double[] k4 = ws.k4;
            double[] k5 = ws.k5;
            double[] k6 = ws.k6;
            double hd1 = h * D1;
            double hd2 = h * D2;
            double hd3 = h * D3;
            double hd4 = h * D4;
            double hc21 = C21 / h;
            double hc31 = C31 / h;
            double hc32 = C32 / h;
            double hc41 = C41 / h;
            double hc42 = C42 / h;
            double hc43 = C43 / h;
            double hc51 = C51 / h;
            double hc52 = C52 / h;
            double hc53 = C53 / h;
            double hc54 = C54 / h;
            double hc61 = C61 / h;
            double hc62 = C62 / h;
            double hc63 = C63 / h;
            double hc64 = C64 / h;
            double hc65 = C65 / h;

            for (int i = 0; i < n; i++) {
                r[i] = f0[i] + hd1 * fx[i];
            }
            solve(k1);

            for (int i = 0; i < n; i++) {
                s[i] = y[i] + A21 * k1[i];
            }
            evaluate(t + C2 * h, s, fs);
            for (int i = 0; i < n; i++) {
                r[i] = fs[i] + hc21 * k1[i] + hd2 * fx[i];
            }
            solve(k2);

            for (int i = 0; i < n; i++) {
                s[i] = y[i] + A31 * k1[i] + A32 * k2[i];
            }
            evaluate(t + C3 * h, s, fs);
            for (int i = 0; i < n; i++) {
                r[i] = fs[i] + hc31 * k1[i] + hc32 * k2[i] + hd3 * fx[i];
            }
            solve(k3);

            for (int i = 0; i < n; i++) {
                s[i] = y[i] + A41 * k1[i] + A42 * k2[i] + A43 * k3[i];
            }
            evaluate(t + C4 * h, s, fs);
            for (int i = 0; i < n; i++) {
                r[i] = fs[i] + hc41 * k1[i] + hc42 * k2[i] + hc43 * k3[i] + hd4 * fx[i];
            }
            solve(k4);

            for (int i = 0; i < n; i++) {
                s[i] = y[i] + A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i];
            }
            evaluate(t + h, s, fs);
            for (int i = 0; i < n; i++) {
                r[i] = fs[i] + hc51 * k1[i] + hc52 * k2[i] + hc53 * k3[i] + hc54 * k4[i];
            }
            solve(k5);

            // embedded order-3 solution, then the order-4 one
            for (int i = 0; i < n; i++) {
                s[i] += k5[i];
            }
            evaluate(t + h, s, fs);
            for (int i = 0; i < n; i++) {
                r[i] = fs[i] + hc61 * k1[i] + hc62 * k2[i] + hc63 * k3[i] + hc64 * k4[i] + hc65 * k5[i];
            }
            solve(k6);
            for (int i = 0; i < n; i++) {
                ws.yNew[i] = s[i] + k6[i];
            }
        }

        private double errorNorm(double[] y, double[] yNew, double[] e, double rtol) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double sk = ws.atol[i] + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
                double r = e[i] / sk;
                sum += r * r;
            }
            double err = Math.sqrt(sum / n);
            return Double.isFinite(err) && IntegrationArguments.firstNonFinite(yNew) < 0 ? err : Double.NaN;
        }

        private void denseOutput(double t, double tEnd, double h) {
            for (int i = 0; i < n; i++) {
                ws.cont2[i] = E21 * ws.k1[i] + E22 * ws.k2[i] + E23 * ws.k3[i] + E24 * ws.k4[i] + E25 * ws.k5[i];
                ws.cont3[i] = E31 * ws.k1[i] + E32 * ws.k2[i] + E33 * ws.k3[i] + E34 * ws.k4[i] + E35 * ws.k5[i];
            }
            denseStep.set(t, tEnd, h);
        }

        private void requireFinite(double[] v, String what, double t) {
            int bad = IntegrationArguments.firstNonFinite(v);
            if (bad >= 0) {
                throw new IntegrationException(NAME, IntegrationException.Reason.NON_FINITE,
                        what + " is not finite: component " + bad + " = " + v[bad], t);
            }
        }
    }

    /**
     * RODAS' continuous extension: with s = (t − t0)/h,
     * y(t) = (1 − s)·y0 + s·(y1 + (1 − s)·(c2 + s·c3)).
     */
    private static final class RodasStep implements DenseStep {
        private final Workspace ws;
        private double start;
        private double end;
        private double h;

        RodasStep(Workspace ws) {
            this.ws = ws;
        }

        void set(double start, double end, double h) {
            this.start = start;
            this.end = end;
            this.h = h;
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
            double s = (t - start) / h;
            double[] y0 = ws.y;
            double[] y1 = ws.yNew;
            for (int i = 0; i < ws.n; i++) {
                out[i] = (1 - s) * y0[i] + s * (y1[i] + (1 - s) * (ws.cont2[i] + s * ws.cont3[i]));
            }
        }
    }
}
