package org.aftermath.cohort.run;

import org.aftermath.ode.Tolerances;

/**
 * The run options of a cohort when the user gives none: the one place they are set, for the command line and the
 * library alike.
 */
public final class CohortDefaults {

    /** Integrator name ({@link org.aftermath.ode.Integrators#names()}). */
    public static final String INTEGRATOR = "auto";
    /** Relative tolerance of the integrator. */
    public static final double RTOL = 1e-10;
    /** Absolute tolerance of the integrator, in the state's units. */
    public static final double ATOL = 1e-12;
    /** Integrator tolerances, {@link #RTOL} and {@link #ATOL}. */
    public static final Tolerances TOLERANCES = new Tolerances(RTOL, ATOL);
    /** Spacing of the band grid, days. */
    public static final double GRID_STEP_DAYS = 1.0;
    /** Cohort seed. */
    public static final long SEED = 1L;

    private CohortDefaults() {
    }
}
