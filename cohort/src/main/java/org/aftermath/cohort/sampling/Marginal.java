package org.aftermath.cohort.sampling;

/**
 * A one-dimensional distribution of a model parameter or scenario input, sampled by inverse transform.
 *
 * <p>Every marginal maps a probability {@code u} in [0, 1] to a value ({@link #quantile(double)}) and a standard normal
 * deviate {@code z} to a value ({@link #fromNormal(double)}, equal to {@code quantile(Phi(z))} but computed without the
 * loss of precision of {@code 1 - Phi(z)} in the upper tail). The second form is what the Gaussian copula uses, so
 * every marginal can take part in a correlation.
 */
public sealed interface Marginal permits LogNormal, TruncatedNormal, Uniform, Values {

    /**
     * Inverse cumulative distribution function.
     *
     * @param u probability in [0, 1]; 0 and 1 may map to infinite values for unbounded marginals
     * @return the value {@code x} with {@code P(X <= x) = u} (the smallest such value for discrete marginals)
     * @throws IllegalArgumentException if {@code u} is outside [0, 1] or NaN
     */
    double quantile(double u);

    /**
     * The value at the same probability as the standard normal deviate {@code z}: {@code quantile(Phi(z))}.
     *
     * @param z a standard normal deviate (finite)
     * @return the transformed value
     */
    double fromNormal(double z);

    /** Checks a probability argument of {@link #quantile(double)}. */
    static double checkProbability(double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException("probability u must be in [0, 1], got " + u);
        }
        return u;
    }
}
