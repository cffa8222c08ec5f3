package org.aftermath.fit;

import org.aftermath.fit.optimize.StartDesign;

/**
 * What {@link FitRun} does besides the multistart optimisation.
 *
 * @param starts   the number of starts (&ge; 1)
 * @param design   how the starts fill the bounds
 * @param profiles whether to compute profile likelihoods
 * @param level    the confidence level of profile and Wald intervals, e.g. 0.95
 * @param samples  the posterior sample size per chain (0: no sampling)
 * @param chains   chains of the sampler (&ge; 2 for R̂)
 */
public record FitOptions(int starts, StartDesign.Kind design, boolean profiles, double level, int samples,
                         int chains) {

    /** 20 Latin-hypercube starts, no profiles, no sampling. */
    public static final FitOptions DEFAULT = new FitOptions(20, StartDesign.Kind.LATIN_HYPERCUBE, false, 0.95, 0, 4);

    public FitOptions {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be >= 1, got " + starts);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (samples < 0 || chains < 1) {
            throw new IllegalArgumentException("samples must be >= 0 and chains >= 1");
        }
    }
}
