package org.aftermath.runner;

import org.aftermath.ode.Integrators;
import org.aftermath.ode.Tolerances;

/**
 * How to run a scenario.
 *
 * @param outputStep spacing of the time-course grid, days (&gt; 0); never affects the summary
 * @param integrator an integrator name from {@link Integrators#names()}
 * @param tolerances error tolerances of the integrator
 * @param seed       the run's random seed (recorded in every output; deterministic runs ignore it)
 */
public record RunOptions(double outputStep, String integrator, Tolerances tolerances, long seed) {

    /** Daily output, automatic integrator choice, default tolerances, seed 1. */
    public static final RunOptions DEFAULT = new RunOptions(1.0, "auto", Tolerances.DEFAULT, 1L);

    public RunOptions {
        if (!(outputStep > 0) || Double.isInfinite(outputStep)) {
            throw new IllegalArgumentException("output step must be a positive number of days, got " + outputStep);
        }
        if (!Integrators.names().contains(integrator)) {
            throw new IllegalArgumentException("unknown integrator '" + integrator + "' (allowed: "
                    + String.join(", ", Integrators.names()) + ")");
        }
    }

    /** @return a copy with another output step */
    public RunOptions withOutputStep(double step) {
        return new RunOptions(step, integrator, tolerances, seed);
    }

    /** @return a copy with another integrator */
    public RunOptions withIntegrator(String name) {
        return new RunOptions(outputStep, name, tolerances, seed);
    }
}
