package org.aftermath.cohort.sampling;

/**
 * Continuous uniform distribution on [min, max].
 *
 * @param min lower bound (finite)
 * @param max upper bound (finite, &gt; min)
 */
public record Uniform(double min, double max) implements Marginal {

    public Uniform {
        if (!Double.isFinite(min)) {
            throw new IllegalArgumentException("uniform: min must be finite, got " + min);
        }
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("uniform: max must be finite, got " + max);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("uniform: max must be > min, got min " + min + ", max " + max);
        }
    }

    @Override
    public double quantile(double u) {
        return min + Marginal.checkProbability(u) * (max - min);
    }

    @Override
    public double fromNormal(double z) {
        return quantile(StandardNormal.cdf(z));
    }
}
