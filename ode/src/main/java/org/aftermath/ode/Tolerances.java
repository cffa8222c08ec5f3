package org.aftermath.ode;

import java.io.Serializable;

/**
 * Error tolerances of an adaptive integrator: a step is accepted when each component's local
 * error estimate is below {@code absolute + relative * |y_i|}.
 *
 * @param relative relative tolerance, in (0, 1)
 * @param absolute absolute tolerance, in the state's units, &gt; 0
 */
public record Tolerances(double relative, double absolute) implements Serializable {

    /** Defaults tight enough for 1e-6 relative agreement with closed forms over long horizons. */
    public static final Tolerances DEFAULT = new Tolerances(1e-10, 1e-12);

    public Tolerances {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("relative tolerance must be in (0, 1), got " + relative);
        }
        if (!(absolute > 0) || Double.isInfinite(absolute)) {
            throw new IllegalArgumentException("absolute tolerance must be > 0 and finite, got " + absolute);
        }
    }
}
