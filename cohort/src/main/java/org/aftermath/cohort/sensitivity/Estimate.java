package org.aftermath.cohort.sensitivity;

/**
 * A point estimate with a percentile-bootstrap confidence interval.
 *
 * @param value the estimate on the full sample
 * @param lower lower confidence limit
 * @param upper upper confidence limit
 */
public record Estimate(double value, double lower, double upper) {

    /** Width of the interval, {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }

    /** Whether {@code x} lies in [lower, upper]. */
    public boolean covers(double x) {
        return x >= lower && x <= upper;
    }
}
