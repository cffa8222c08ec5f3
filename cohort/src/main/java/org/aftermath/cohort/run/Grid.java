package org.aftermath.cohort.run;

import java.util.Arrays;

/**
 * The days on which each patient's burden is recorded for the cohort bands: {@code 0, step, 2 step, ...} below the
 * horizon, then the horizon itself, the same times as the runner's output grid (a grid time within
 * {@code 1e-9 step} of the horizon is the horizon). At a dose day the burden is the one after the dose.
 */
public final class Grid {

    private Grid() {
    }

    /**
     * @param horizonDays the scenario's {@code days} (finite, &gt; 0)
     * @param stepDays    the spacing (finite, &gt; 0)
     * @return the grid days, ascending, first 0 and last {@code horizonDays}
     */
    public static double[] days(double horizonDays, double stepDays) {
        if (!(horizonDays > 0) || Double.isInfinite(horizonDays)) {
            throw new IllegalArgumentException("horizon must be a positive number of days, got " + horizonDays);
        }
        if (!(stepDays > 0) || Double.isInfinite(stepDays)) {
            throw new IllegalArgumentException("grid step must be a positive number of days, got " + stepDays);
        }
        double[] out = new double[(int) Math.ceil(horizonDays / stepDays) + 1];
        int n = 0;
        for (long k = 0; k * stepDays < horizonDays - 1e-9 * stepDays; k++) {
            out[n++] = k * stepDays;
        }
        out[n++] = horizonDays;
        return Arrays.copyOf(out, n);
    }
}
