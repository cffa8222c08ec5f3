package org.aftermath.cohort.sampling;

import java.util.random.RandomGenerator;

/**
 * Normal distribution N(mean, sd^2) truncated to [min, max], i.e. conditioned on falling in the interval
 * (the scenario's "truncated by rejection, not clamped").
 *
 * <p>Sampling uses the exact inverse CDF of the truncated distribution,
 * {@code x = mean + sd * Phi^-1(Phi(alpha) + u (Phi(beta) - Phi(alpha)))} with {@code alpha = (min - mean)/sd},
 * {@code beta = (max - mean)/sd}. This has the same distribution as rejection sampling (draw N(mean, sd^2) until the
 * draw lies in [min, max]) but consumes exactly one uniform, so it works inside the Gaussian copula; the test suite
 * checks it against {@link #sampleByRejection(RandomGenerator)}. Intervals lying entirely above the mean are handled
 * by reflection so that only lower-tail probabilities, which are accurate, are ever subtracted.
 *
 * @param mean mean of the untruncated normal (finite)
 * @param sd   standard deviation of the untruncated normal (finite, &gt; 0)
 * @param min  lower truncation bound (may be {@code -Infinity}; not NaN)
 * @param max  upper truncation bound (may be {@code +Infinity}; not NaN; &gt; min)
 */
public record TruncatedNormal(double mean, double sd, double min, double max) implements Marginal {

    /** Smallest accepted probability mass of N(mean, sd^2) inside [min, max]. */
    public static final double MIN_ACCEPTANCE = 1e-6;

    public TruncatedNormal {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("normal: mean must be finite, got " + mean);
        }
        if (!(Double.isFinite(sd) && sd > 0.0)) {
            throw new IllegalArgumentException("normal: sd must be finite and > 0, got " + sd);
        }
        if (Double.isNaN(min) || min == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("normal: min must be a number or -Infinity, got " + min);
        }
        if (Double.isNaN(max) || max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("normal: max must be a number or +Infinity, got " + max);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("normal: max must be > min, got min " + min + ", max " + max);
        }
        double acceptance = acceptance(mean, sd, min, max);
        if (!(acceptance >= MIN_ACCEPTANCE)) {
            throw new IllegalArgumentException("normal: [min, max] = [" + min + ", " + max + "] holds probability "
                    + acceptance + " of N(" + mean + ", " + sd + "^2), below " + MIN_ACCEPTANCE
                    + "; the truncation leaves almost nothing of the distribution");
        }
    }

    /** An untruncated normal. */
    public static TruncatedNormal untruncated(double mean, double sd) {
        return new TruncatedNormal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Probability that an untruncated draw lies in [min, max] (the acceptance rate of rejection sampling). */
    public double acceptance() {
        return acceptance(mean, sd, min, max);
    }

    private static double acceptance(double mean, double sd, double min, double max) {
        double alpha = (min - mean) / sd;
        double beta = (max - mean) / sd;
        if (alpha > 0.0) { // upper tail: use the mirror image
            return StandardNormal.cdf(-alpha) - StandardNormal.cdf(-beta);
        }
        return StandardNormal.cdf(beta) - StandardNormal.cdf(alpha);
    }

    @Override
    public double quantile(double u) {
        Marginal.checkProbability(u);
        if (u == 0.0) {
            return min;
        }
        if (u == 1.0) {
            return max;
        }
        return value(u, 1.0 - u);
    }

    @Override
    public double fromNormal(double z) {
        return value(StandardNormal.cdf(z), StandardNormal.cdf(-z));
    }

    /** The quantile at probability {@code u}, given also {@code v = 1 - u} computed accurately by the caller. */
    private double value(double u, double v) {
        double alpha = (min - mean) / sd;
        double beta = (max - mean) / sd;
        double y;
        if (alpha > 0.0) {
            // X = mean - sd * Y with Y ~ N(0,1) truncated to [-beta, -alpha]; P(X <= x) = u  <=>  P(Y <= y) = 1 - u
            double pa = StandardNormal.cdf(-beta);
            double pb = StandardNormal.cdf(-alpha);
            y = -clamp(StandardNormal.inverse(pa + v * (pb - pa)), -beta, -alpha);
        } else {
            double pa = StandardNormal.cdf(alpha);
            double pb = StandardNormal.cdf(beta);
            y = clamp(StandardNormal.inverse(pa + u * (pb - pa)), alpha, beta);
        }
        return Math.min(max, Math.max(min, mean + sd * y));
    }

    private static double clamp(double y, double lo, double hi) {
        return Math.min(hi, Math.max(lo, y));
    }

    /**
     * Reference sampler: draws N(mean, sd^2) from {@code rng} until a draw falls in [min, max].
     * Distributionally identical to {@link #quantile(double)} of a uniform; kept for verification.
     *
     * @param rng the generator to draw from
     * @return one accepted draw
     */
    public double sampleByRejection(RandomGenerator rng) {
        while (true) {
            double x = mean + sd * rng.nextGaussian();
            if (x >= min && x <= max) {
                return x;
            }
        }
    }
}
