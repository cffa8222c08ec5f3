package org.aftermath.ode;

import java.util.Objects;

/**
 * Chooses between Dormand–Prince 5(4) and RODAS4 by a fixed, deterministic rule:
 * <ol>
 *   <li>Until stiffness has been detected, each call integrates with Dormand–Prince 5(4) and runs
 *       Hairer's DOPRI5 stiffness test on every accepted step (15 steps with estimated
 *       |hλ| &gt; 3.25, not interrupted by 6 steps below it). The test also fires when one call
 *       has taken {@value #STEP_BUDGET} (configurable) accepted Dormand–Prince steps.</li>
 *   <li>When it fires, the call continues from the end of that (accepted, already reported) step
 *       with {@link RosenbrockIntegrator}, and every later call on this instance uses
 *       RODAS4 only. The interval is not restarted from t0 because the steps before the switch
 *       have already reached the listener and are accurate.</li>
 * </ol>
 * Both methods use the same {@link Tolerances}. Same call sequence on a fresh instance, same
 * numbers. Counters of both methods go to the caller's {@link IntegrationStats}.
 *
 * <p>Measured behaviour: on Van der Pol (ε = 1e-6) the test fires after 26 steps. On moderately
 * stiff problems at tight tolerances the estimated |hλ| of stability-limited steps hovers around
 * the 3.25 threshold and the test fires late or not at all, so the budget decides: Robertson and
 * HIRES at relative tolerance 1e-10 switch after the 10 000th step (t = 9.0 and t = 139), which
 * costs about 60 000 extra right-hand-side evaluations compared with RODAS4 alone.
 */
public final class AutoIntegrator implements Integrator {

    /** The name under which {@link IntegratorKind#create} selects this method. */
    public static final String NAME = IntegratorKind.AUTO.id();

    /** Accepted Dormand–Prince steps in one call after which the problem is treated as stiff. */
    public static final long STEP_BUDGET = 10_000;

    private final DormandPrinceIntegrator explicit;
    private final RosenbrockIntegrator implicit;
    private final long stepBudget;
    private double switchTime = Double.NaN;

    /** @param tolerances error tolerances for both methods */
    public AutoIntegrator(Tolerances tolerances) {
        this(tolerances, STEP_BUDGET);
    }

    /**
     * @param tolerances error tolerances for both methods
     * @param stepBudget accepted Dormand–Prince steps in one call after which the problem is
     *                   treated as stiff, &gt;= 1
     * @throws IllegalArgumentException if stepBudget &lt; 1
     */
    public AutoIntegrator(Tolerances tolerances, long stepBudget) {
        this(tolerances, null, stepBudget);
    }

    /**
     * @param tolerances     error tolerances for both methods
     * @param absoluteScales per-component multipliers of the absolute tolerance for both methods
     *                       ({@link RosenbrockIntegrator#RosenbrockIntegrator(Tolerances, double[])}),
     *                       or null for 1 everywhere
     * @param stepBudget     accepted Dormand–Prince steps in one call after which the problem is
     *                       treated as stiff, &gt;= 1
     * @throws IllegalArgumentException if stepBudget &lt; 1 or a scale is not positive and finite
     */
    public AutoIntegrator(Tolerances tolerances, double[] absoluteScales, long stepBudget) {
        Objects.requireNonNull(tolerances, "tolerances");
        if (stepBudget < 1) {
            throw new IllegalArgumentException("stepBudget must be >= 1, got " + stepBudget);
        }
        explicit = new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP54, tolerances, absoluteScales);
        implicit = new RosenbrockIntegrator(tolerances, absoluteScales);
        this.stepBudget = stepBudget;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return true once stiffness has been detected; later calls then use RODAS4 only */
    public boolean isStiff() {
        return !Double.isNaN(switchTime);
    }

    /** @return the time at which the switch to RODAS4 happened, or NaN if it has not */
    public double switchTime() {
        return switchTime;
    }

    /** Passed on to RODAS4; Dormand–Prince keeps its hint (see {@link DormandPrinceIntegrator}). */
    @Override
    public void discontinuity() {
        implicit.discontinuity();
    }

    @Override
    public double integrate(OdeSystem system, double t0, double[] y, double t1,
                            StepListener listener, IntegrationStats stats, StopCondition stop) {
        if (isStiff()) {
            return implicit.integrate(system, t0, y, t1, listener, stats, stop);
        }
        double[] ends = explicit.integrateUntilStiff(system, t0, y, t1, listener, stats, stepBudget, stop);
        double stiffAt = ends[0];
        double stoppedAt = ends[1];
        if (!Double.isNaN(stoppedAt)) {
            return stoppedAt;
        }
        if (Double.isNaN(stiffAt)) {
            return t1;
        }
        switchTime = stiffAt;
        if (stiffAt < t1) {
            return implicit.integrate(system, stiffAt, y, t1, listener, stats, stop);
        }
        return t1;
    }
}
