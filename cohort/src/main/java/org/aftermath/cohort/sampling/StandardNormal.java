package org.aftermath.cohort.sampling;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The standard normal CDF and its inverse (Hipparchus), shared by the marginals and the copula. */
final class StandardNormal {

    private static final NormalDistribution PHI = new NormalDistribution(0.0, 1.0);

    private StandardNormal() {
    }

    /** Phi(z); accurate in the lower tail (computed through erfc). */
    static double cdf(double z) {
        return PHI.cumulativeProbability(z);
    }

    /** Phi^-1(p) for p in [0, 1]. */
    static double inverse(double p) {
        return PHI.inverseCumulativeProbability(p);
    }
}
