package org.aftermath.cohort.run;

/**
 * Exact sample quantiles, Hyndman &amp; Fan (1996) definition 7 (the default of R and NumPy): for sorted values
 * {@code x[0] <= ... <= x[n-1]} and probability {@code p}, {@code h = (n - 1) p}, and the quantile is
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])}. So p = 0 gives the minimum, p = 1 the
 * maximum, and p = 0.5 the usual median (the mean of the two middle values when n is even).
 */
public final class Quantiles {

    /** How cohort-summary.json names the definition. */
    public static final String DEFINITION = "Hyndman-Fan type 7: h = (n - 1) p, linear interpolation between the"
            + " order statistics x[floor(h)] and x[floor(h) + 1] (0-based), as R's quantile() and NumPy's default";

    private Quantiles() {
    }

    /**
     * @param sorted values in ascending order (non-empty, no NaN)
     * @param p      probability in [0, 1]
     * @return the type-7 quantile
     * @throws IllegalArgumentException if {@code sorted} is empty or {@code p} is outside [0, 1]
     */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile of an empty sample");
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double lower = sorted[lo];
        double upper = sorted[lo + 1];
        return lower == upper ? lower : lower + (h - lo) * (upper - lower);
    }
}
