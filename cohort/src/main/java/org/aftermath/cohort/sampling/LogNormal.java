package org.aftermath.cohort.sampling;

/**
 * Log-normal distribution given by its median and the coefficient of variation of the distribution itself
 * (not of its logarithm): {@code sigma^2 = ln(1 + cv^2)}, {@code mu = ln(median)}, so that the mean is
 * {@code median * sqrt(1 + cv^2)} and the standard deviation is {@code cv * mean}.
 *
 * @param median median, in the variable's own unit (finite, &gt; 0)
 * @param cv     coefficient of variation, standard deviation / mean (finite, &gt; 0)
 */
public record LogNormal(double median, double cv) implements Marginal {

    public LogNormal {
        if (!(Double.isFinite(median) && median > 0.0)) {
            throw new IllegalArgumentException("lognormal: median must be finite and > 0, got " + median);
        }
        if (!(Double.isFinite(cv) && cv > 0.0)) {
            throw new IllegalArgumentException("lognormal: cv must be finite and > 0, got " + cv);
        }
    }

    /** Location of the logarithm, {@code ln(median)}. */
    public double mu() {
        return Math.log(median);
    }

    /** Scale of the logarithm, {@code sqrt(ln(1 + cv^2))}. */
    public double sigma() {
        return Math.sqrt(Math.log1p(cv * cv));
    }

    /** Mean of the distribution, {@code median * sqrt(1 + cv^2)}. */
    public double mean() {
        return median * Math.sqrt(1.0 + cv * cv);
    }

    @Override
    public double quantile(double u) {
        return fromNormal(StandardNormal.inverse(Marginal.checkProbability(u)));
    }

    @Override
    public double fromNormal(double z) {
        return Math.exp(mu() + sigma() * z);
    }
}
