package org.aftermath.cohort.run;

import org.aftermath.ode.Tolerances;
import org.aftermath.runner.RunOptions;

/**
 * The run options of a cohort when the user gives none: the one place they are set, for the command line and the
 * library alike. They are the runner's cohort preset ({@link RunOptions#COHORT}: RODAS4 at the tolerances its
 * agreement test chose, 1e-3 relative on the outcomes against a tight reference), spelled as constants so the
 * command line's help can show them; patients run with its lean observation (the burden only).
 */
public final class CohortDefaults {

    /** Integrator name ({@link org.aftermath.ode.Integrators#names()}). */
    public static final String INTEGRATOR = "rosenbrock";
    /** Relative tolerance of the integrator ({@link RunOptions#COHORT_RELATIVE_TOLERANCE}). */
    public static final double RTOL = RunOptions.COHORT_RELATIVE_TOLERANCE;
    /** Absolute tolerance of the integrator, in each state's unit ({@link RunOptions#COHORT_ABSOLUTE_TOLERANCE}). */
    public static final double ATOL = RunOptions.COHORT_ABSOLUTE_TOLERANCE;
    /** Integrator tolerances, {@link #RTOL} and {@link #ATOL}. */
    public static final Tolerances TOLERANCES = new Tolerances(RTOL, ATOL);
    /** Spacing of the band grid, days. */
    public static final double GRID_STEP_DAYS = 1.0;
    /** Cohort seed. */
    public static final long SEED = 1L;

    private CohortDefaults() {
    }
}
