package org.aftermath.ode;

import java.util.Objects;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.EmbeddedRungeKuttaIntegrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Explicit Dormand–Prince Runge–Kutta integration, delegated to Hipparchus
 * ({@link DormandPrince54Integrator} or {@link DormandPrince853Integrator}). For non-stiff
 * problems.
 *
 * <p>Adaptive mode: a step is accepted when Hipparchus' RMS error estimate, scaled per component
 * by {@code absolute * s_i + relative * max(|y_i(start)|, |y_i(end)|)}, is below 1, with s_i the
 * component's absolute-tolerance scale (1 unless given,
 * {@link #DormandPrinceIntegrator(Tableau, Tolerances, double[])}). Each accepted step
 * reaches the listener with Hipparchus' continuous output (order 4 for 5(4), order 7 for 8(5,3)).
 * A step whose state or stage derivatives are not finite is rejected and retried with a smaller
 * step; when the step size falls below 10 ulp of the time, an {@link IntegrationException} is
 * thrown. At most {@value #MAX_ATTEMPTS} step attempts are made per call.
 *
 * <p>Prefer 5(4) unless tolerances are very tight and the problem clearly non-stiff: 8(5,3)
 * takes long steps that can sit near its stability boundary for decayed fast modes (measured:
 * 3.8e-8 relative global error on a two-compartment PK problem at relative tolerance 1e-10,
 * where 5(4) gives 1e-10).
 *
 * <p>Counters: accepted steps and rejected attempts are counted exactly (every attempt passes
 * through the error estimate once); right-hand-side evaluations are counted at the system,
 * including Hipparchus' initial-step estimate and, for 8(5,3), the extra dense-output stages.
 *
 * <p>Step-size hint: after a call, the larger of the last two accepted step sizes is kept and
 * used as the first trial step of the next call on the same instance (instead of Hipparchus'
 * initial-step estimate). Results are therefore a deterministic function of the instance's call
 * history; a fresh instance given the same calls reproduces them bit for bit.
 *
 * <p>Fixed-step mode ({@link #fixedStep}): each call divides [t0, t1] into
 * n = ⌈(t1 − t0)/h⌉ steps of nearly equal size (the last absorbs rounding) and ignores the
 * error estimate. For convergence-order studies only.
 */
public final class DormandPrinceIntegrator implements Integrator {

    /** Upper bound on step attempts (accepted + rejected) in one call. */
    public static final int MAX_ATTEMPTS = 1_000_000;

    /** Hairer's DOPRI5 stiffness test: |hλ| above this bound counts as a stiff step. */
    private static final double STIFF_H_LAMBDA = 3.25;
    /** Stiff-looking accepted steps (without 6 non-stiff ones in between) that declare stiffness. */
    private static final int STIFF_STEPS = 15;
    private static final int NON_STIFF_RESET = 6;

    /** The available Butcher tableaux. */
    public enum Tableau {
        /** Dormand–Prince 5(4): 7 stages (first same as last), order 5, dense output order 4. */
        DP54(IntegratorKind.DORMAND_PRINCE, 5),
        /** Dormand–Prince 8(5,3): 12 stages plus 3 for dense output, order 8, dense output order 7. */
        DP853(IntegratorKind.DORMAND_PRINCE_853, 8);

        private final IntegratorKind kind;
        private final int order;

        Tableau(IntegratorKind kind, int order) {
            this.kind = kind;
            this.order = order;
        }

        /** @return the name under which {@link IntegratorKind#create} selects this tableau */
        public String integratorName() {
            return kind.id();
        }

        /** @return the order of the propagated solution */
        public int order() {
            return order;
        }
    }

    private final Tableau tableau;
    private final Tolerances tolerances;
    private final double[] absoluteScales;
    private final double fixedStep;
    private double stepHint = Double.NaN;

    /**
     * Adaptive Dormand–Prince 5(4).
     *
     * @param tolerances error tolerances
     */
    public DormandPrinceIntegrator(Tolerances tolerances) {
        this(Tableau.DP54, tolerances);
    }

    /**
     * Adaptive integrator with the given tableau.
     *
     * @param tableau    the Butcher tableau
     * @param tolerances error tolerances
     */
    public DormandPrinceIntegrator(Tableau tableau, Tolerances tolerances) {
        this(tableau, tolerances, null);
    }

    /**
     * Adaptive integrator with the given tableau and a per-component absolute tolerance:
     * component i is controlled by {@code absolute · absoluteScales[i] + relative · |y_i|}.
     *
     * @param tableau        the Butcher tableau
     * @param tolerances     error tolerances
     * @param absoluteScales one positive, finite multiplier of the absolute tolerance per state
     *                       component (copied), or null for 1 everywhere; its length must equal
     *                       the dimension of every system integrated
     * @throws IllegalArgumentException if a scale is not positive and finite
     */
    public DormandPrinceIntegrator(Tableau tableau, Tolerances tolerances, double[] absoluteScales) {
        this(Objects.requireNonNull(tableau, "tableau"), Objects.requireNonNull(tolerances, "tolerances"),
             IntegrationArguments.checkScales(absoluteScales), Double.NaN);
    }

    private DormandPrinceIntegrator(Tableau tableau, Tolerances tolerances, double[] absoluteScales,
                                    double fixedStep) {
        this.tableau = tableau;
        this.tolerances = tolerances;
        this.absoluteScales = absoluteScales;
        this.fixedStep = fixedStep;
    }

    /**
     * A fixed-step integrator without error control, for convergence-order tests.
     *
     * @param tableau the Butcher tableau
     * @param step    the nominal step size, in time units, &gt; 0 and finite
     * @return the integrator
     * @throws IllegalArgumentException if step is not positive and finite
     */
    public static DormandPrinceIntegrator fixedStep(Tableau tableau, double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be > 0 and finite, got " + step);
        }
        return new DormandPrinceIntegrator(Objects.requireNonNull(tableau, "tableau"), null, null, step);
    }

    @Override
    public String name() {
        return tableau.integratorName();
    }

    /** @return the tableau used */
    public Tableau tableau() {
        return tableau;
    }

    /** @return the tolerances, or null in fixed-step mode */
    public Tolerances tolerances() {
        return tolerances;
    }

    @Override
    public double integrate(OdeSystem system, double t0, double[] y, double t1,
                            StepListener listener, IntegrationStats stats, StopCondition stop) {
        Run run = run(system, t0, y, t1, listener, stats, null, Long.MAX_VALUE, stop);
        return Double.isNaN(run.stoppedAt) ? t1 : run.stoppedAt;
    }

    /**
     * Integrates like {@link #integrate} but stops after the first accepted step at which
     * Hairer's DOPRI5 stiffness test fires, or after {@code stepBudget} accepted steps.
     * Adaptive 5(4) only.
     *
     * @return the end time of the step at which integration stopped ({@code y} holds the state
     *         there; it may equal t1 when the test fired on the last step), or NaN when the
     *         integration reached t1 without the test firing
     */
    double integrateUntilStiff(OdeSystem system, double t0, double[] y, double t1,
                               StepListener listener, IntegrationStats stats, long stepBudget) {
        return integrateUntilStiff(system, t0, y, t1, listener, stats, stepBudget, StopCondition.NEVER)[0];
    }

    /**
     * {@link #integrateUntilStiff(OdeSystem, double, double[], double, StepListener,
     * IntegrationStats, long)} that also obeys a stop condition.
     *
     * @return {time at which stiffness stopped it (or NaN), time at which {@code stop} ended it (or NaN)}
     */
    double[] integrateUntilStiff(OdeSystem system, double t0, double[] y, double t1, StepListener listener,
                                 IntegrationStats stats, long stepBudget, StopCondition stop) {
        if (tableau != Tableau.DP54 || tolerances == null) {
            throw new IllegalStateException("stiffness detection needs the adaptive 5(4) tableau");
        }
        Run run = run(system, t0, y, t1, listener, stats, new StiffnessTest(), stepBudget, stop);
        return new double[] {run.stiffAt, run.stoppedAt};
    }

    private Run run(OdeSystem system, double t0, double[] y, double t1, StepListener listener,
                    IntegrationStats stats, StiffnessTest stiffness, long stepBudget, StopCondition stop) {
        IntegrationArguments.check(system, t0, y, t1, listener, stats);
        IntegrationArguments.checkScaleLength(absoluteScales, y.length);
        Run run = new Run(system, t0, t1, listener, stiffness, stepBudget, stop);
        if (t1 == t0) {
            return run;
        }
        int bad = IntegrationArguments.firstNonFinite(y);
        if (bad >= 0) {
            throw new IntegrationException(name(), IntegrationException.Reason.NON_FINITE,
                    "initial state is not finite: y[" + bad + "] = " + y[bad], t0);
        }
        EmbeddedRungeKuttaIntegrator engine = createEngine(run, t0, t1);
        try {
            // Hipparchus integrates in s = t - t0 on [0, t1 - t0], so that intervals of a few ulp
            // of t are not refused as too small; f is evaluated at t0 + s.
            ODEStateAndDerivative end = engine.integrate(run, new ODEState(0, y.clone()), t1 - t0);
            System.arraycopy(end.getPrimaryState(), 0, y, 0, y.length);
            rememberHint(run);
            return run;
        } catch (EarlyStop early) {
            System.arraycopy(run.stopState, 0, y, 0, y.length);
            rememberHint(run);
            return run;
        } catch (MathRuntimeException e) {
            if (!Double.isNaN(run.nonFiniteTime)) {
                throw new IntegrationException(name(), IntegrationException.Reason.NON_FINITE,
                        e.getMessage() + run.nonFiniteNote(), run.lastTime, e);
            }
            if (e.getSpecifier() == LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION) {
                throw new IntegrationException(name(), IntegrationException.Reason.STEP_UNDERFLOW, e.getMessage(),
                        run.lastTime, e);
            }
            throw e; // not a failure of the integration (e.g. an observer's), so not reported as one
        } finally {
            stats.addSteps(run.accepted);
            stats.addRejectedSteps(run.attempts - run.accepted);
            stats.addRhsEvaluations(run.evaluations);
        }
    }

    private void rememberHint(Run run) {
        if (tolerances != null && run.accepted > 0) {
            stepHint = Math.max(run.lastStep, run.previousStep);
        }
    }

    private EmbeddedRungeKuttaIntegrator createEngine(Run run, double t0, double t1) {
        double span = t1 - t0;
        double minStep;
        double maxStep;
        double absolute;
        double relative;
        double initialStep;
        if (tolerances == null) {
            long n = Math.max(1L, (long) Math.ceil(span / fixedStep * (1 - 1e-12)));
            // slightly longer than span/n so that step n, not a sliver after it, reaches t1
            maxStep = span / n * (1 + 1e-12);
            minStep = 0;
            initialStep = maxStep;
            absolute = 1;
            relative = 1;
        } else {
            maxStep = span;
            // steps below the resolution of t are meaningless; an interval shorter than that is
            // still integrated, in one step
            minStep = Math.min(10 * Math.ulp(Math.max(Math.abs(t0), Math.abs(t1))), span / 2);
            initialStep = Double.isNaN(stepHint) ? -1 : Math.min(stepHint, span);
            absolute = tolerances.absolute();
            relative = tolerances.relative();
        }
        EmbeddedRungeKuttaIntegrator engine;
        if (tolerances != null && absoluteScales != null) {
            double[] absolutes = new double[absoluteScales.length];
            double[] relatives = new double[absoluteScales.length];
            for (int i = 0; i < absolutes.length; i++) {
                absolutes[i] = absolute * absoluteScales[i];
                relatives[i] = relative;
            }
            engine = tableau == Tableau.DP54
                    ? new HookedDormandPrince54(minStep, maxStep, absolutes, relatives, run)
                    : new HookedDormandPrince853(minStep, maxStep, absolutes, relatives, run);
        } else {
            engine = tableau == Tableau.DP54
                    ? new HookedDormandPrince54(minStep, maxStep, absolute, relative, run)
                    : new HookedDormandPrince853(minStep, maxStep, absolute, relative, run);
        }
        if (initialStep > 0) {
            engine.setInitialStepSize(Math.max(initialStep, minStep));
        }
        engine.addStepHandler(run);
        return engine;
    }


    /** Sees every step attempt, after Hipparchus has estimated its error. */
    private interface AttemptHook {
        /** @return the error ratio Hipparchus should use (≥ 1 rejects the attempt) */
        double afterAttempt(double[][] yDotK, double[] y0, double[] y1, double h, double error);
    }

    private static final class HookedDormandPrince54 extends DormandPrince54Integrator {
        private final AttemptHook hook;

        HookedDormandPrince54(double minStep, double maxStep, double abs, double rel, AttemptHook hook) {
            super(minStep, maxStep, abs, rel);
            this.hook = hook;
        }

        HookedDormandPrince54(double minStep, double maxStep, double[] abs, double[] rel, AttemptHook hook) {
            super(minStep, maxStep, abs, rel);
            this.hook = hook;
        }

        @Override
        protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
            return hook.afterAttempt(yDotK, y0, y1, h, super.estimateError(yDotK, y0, y1, h));
        }
    }

    private static final class HookedDormandPrince853 extends DormandPrince853Integrator {
        private final AttemptHook hook;

        HookedDormandPrince853(double minStep, double maxStep, double abs, double rel, AttemptHook hook) {
            super(minStep, maxStep, abs, rel);
            this.hook = hook;
        }

        HookedDormandPrince853(double minStep, double maxStep, double[] abs, double[] rel, AttemptHook hook) {
            super(minStep, maxStep, abs, rel);
            this.hook = hook;
        }

        @Override
        protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
            return hook.afterAttempt(yDotK, y0, y1, h, super.estimateError(yDotK, y0, y1, h));
        }
    }

    /** Thrown from the step handler to end a run early (stiffness or a stop condition); carries no stack trace. */
    private static final class EarlyStop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EarlyStop() {
            super(null, null, false, false);
        }
    }

    /**
     * Hairer's stiffness test for DOPRI5 (Hairer &amp; Wanner, Solving ODEs II, 2nd ed., §IV.2;
     * their code DOPRI5): |hλ| ≈ h·‖k7 − k6‖ / ‖y1 − ŷ6‖, where k6 = f(t + h, ŷ6) and
     * k7 = f(t + h, y1). Stiffness is declared after 15 accepted steps with |hλ| &gt; 3.25 unless
     * 6 steps below the bound intervene. Here the test runs on every accepted step.
     */
    private static final class StiffnessTest {
        /** Butcher row of stage 6 (c6 = 1), whose state ŷ6 the test compares with y1. */
        private static final double[] STAGE6_ROW = new DormandPrince54Integrator(1, 1, 1, 1).getA()[4];
        private double hLambda;
        private int stiffSteps;
        private int nonStiffSteps;

        void attempt(double[][] yDotK, double[] y0, double[] y1, double h) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < y0.length; i++) {
                double sum = 0;
                for (int l = 0; l < STAGE6_ROW.length; l++) {
                    sum += STAGE6_ROW[l] * yDotK[l][i];
                }
                double dk = yDotK[6][i] - yDotK[5][i];
                double dy = y1[i] - (y0[i] + h * sum);
                num += dk * dk;
                den += dy * dy;
            }
            hLambda = den > 0 ? Math.abs(h) * Math.sqrt(num / den) : 0;
        }

        /** @return true when stiffness is declared at this accepted step */
        boolean accepted() {
            if (hLambda > STIFF_H_LAMBDA) {
                nonStiffSteps = 0;
                return ++stiffSteps >= STIFF_STEPS;
            }
            if (++nonStiffSteps == NON_STIFF_RESET) {
                stiffSteps = 0;
            }
            return false;
        }
    }

    /** Per-call state: the system seen by Hipparchus, the attempt hook and the step handler. */
    private final class Run implements OrdinaryDifferentialEquation, ODEStepHandler, AttemptHook {
        private final OdeSystem system;
        private final int n;
        private final double t0;
        private final double t1;
        private final StepListener listener;
        private final StiffnessTest stiffness;
        private final long stepBudget;
        private final StopCondition stop;
        private final InterpolatedStep step = new InterpolatedStep();
        private final TruncatedStep truncated = new TruncatedStep();

        long evaluations;
        long attempts;
        long accepted;
        double lastTime;
        double lastStep;
        double previousStep;
        double stiffAt = Double.NaN;
        double stoppedAt = Double.NaN;
        double[] stopState;
        private double nonFiniteTime = Double.NaN;

        Run(OdeSystem system, double t0, double t1, StepListener listener, StiffnessTest stiffness,
            long stepBudget, StopCondition stop) {
            this.stop = java.util.Objects.requireNonNull(stop, "stop");
            this.system = system;
            this.n = system.dimension();
            this.t0 = t0;
            this.t1 = t1;
            this.listener = listener;
            this.stiffness = stiffness;
            this.stepBudget = stepBudget;
            this.lastTime = t0;
        }

        @Override
        public int getDimension() {
            return n;
        }

        @Override
        public double[] computeDerivatives(double s, double[] y) {
            double[] yDot = new double[n];
            system.derivatives(t0 + s, y, yDot);
            evaluations++;
            if (Double.isNaN(nonFiniteTime) && IntegrationArguments.firstNonFinite(yDot) >= 0) {
                nonFiniteTime = t0 + s;
            }
            return yDot;
        }

        @Override
        public double afterAttempt(double[][] yDotK, double[] y0, double[] y1, double h, double error) {
            if (++attempts > MAX_ATTEMPTS) {
                throw new IntegrationException(name(), IntegrationException.Reason.ATTEMPT_LIMIT,
                        "more than " + MAX_ATTEMPTS + " step attempts in one call", lastTime);
            }
            if (tolerances == null) {
                return 0; // fixed-step mode: accept every step
            }
            if (!(error < Double.POSITIVE_INFINITY) || IntegrationArguments.firstNonFinite(y1) >= 0) {
                if (Double.isNaN(nonFiniteTime)) {
                    nonFiniteTime = lastTime;
                }
                return Double.POSITIVE_INFINITY; // reject: shrink the step by Hipparchus' minimum factor
            }
            if (stiffness != null) {
                stiffness.attempt(yDotK, y0, y1, h);
            }
            return error;
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            double start = lastTime;
            double sEnd = interpolator.getCurrentState().getTime();
            double end = t0 + sEnd;
            if (Math.abs(end - t1) <= 2 * Math.ulp(t1) || Math.abs(sEnd - (t1 - t0)) <= 2 * Math.ulp(t1 - t0)) {
                end = t1;
            }
            if (!(end > start)) {
                return; // a rounding sliver after t1 has already been reported
            }
            double[] yEnd = interpolator.getCurrentState().getPrimaryState();
            int bad = IntegrationArguments.firstNonFinite(yEnd);
            if (bad >= 0) {
                throw new IntegrationException(name(), IntegrationException.Reason.NON_FINITE,
                        "state became non-finite: y[" + bad + "] = " + yEnd[bad], end);
            }
            accepted++;
            previousStep = lastStep;
            lastStep = end - start;
            lastTime = end;
            step.set(interpolator, t0, start, end);
            double at = TruncatedStep.report(step, stop, listener, truncated);
            if (!Double.isNaN(at)) {
                stoppedAt = at;
                stopState = at == end ? yEnd : new double[n];
                if (at != end) {
                    step.interpolate(at, stopState);
                }
                throw new EarlyStop();
            }
            if (stiffness != null && (stiffness.accepted() || accepted >= stepBudget)) {
                stiffAt = end;
                if (end < t1) {
                    stopState = yEnd;
                    throw new EarlyStop();
                }
            }
        }

        String nonFiniteNote() {
            return Double.isNaN(nonFiniteTime) ? ""
                    : "; the state or its derivative became non-finite near t = " + nonFiniteTime;
        }
    }

    /** A {@link DenseStep} view of a Hipparchus interpolator working in s = t − origin. */
    private static final class InterpolatedStep implements DenseStep {
        private ODEStateInterpolator interpolator;
        private double origin;
        private double start;
        private double end;

        void set(ODEStateInterpolator interpolator, double origin, double start, double end) {
            this.interpolator = interpolator;
            this.origin = origin;
            this.start = start;
            this.end = end;
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
            double[] state = interpolator.getInterpolatedState(t - origin).getPrimaryState();
            System.arraycopy(state, 0, out, 0, state.length);
        }
    }
}
