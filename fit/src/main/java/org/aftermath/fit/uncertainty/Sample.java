package org.aftermath.fit.uncertainty;

import java.util.List;

/**
 * A posterior sample from several chains, with per-parameter diagnostics.
 *
 * @param chains     the chains
 * @param rhat       per parameter, split R̂
 * @param ess        per parameter, the effective sample size
 * @param burnIn     iterations discarded per chain
 * @param seed       the sampler's seed
 */
public record Sample(List<AdaptiveMetropolis.Chain> chains, double[] rhat, double[] ess, int burnIn, long seed) {

    /**
     * @param chains the chains (equal lengths)
     * @param burnIn iterations discarded per chain
     * @param seed   the seed
     * @return the sample with its diagnostics
     */
    public static Sample of(List<AdaptiveMetropolis.Chain> chains, int burnIn, long seed) {
        int d = chains.get(0).samples()[0].length;
        double[] rhat = new double[d];
        double[] ess = new double[d];
        for (int k = 0; k < d; k++) {
            double[][] values = new double[chains.size()][];
            for (int c = 0; c < chains.size(); c++) {
                double[][] s = chains.get(c).samples();
                values[c] = new double[s.length];
                for (int i = 0; i < s.length; i++) {
                    values[c][i] = s[i][k];
                }
            }
            rhat[k] = chains.size() >= 1 && values[0].length >= 4 ? Diagnostics.splitRhat(values) : Double.NaN;
            ess[k] = Diagnostics.effectiveSampleSize(values);
        }
        return new Sample(List.copyOf(chains), rhat, ess, burnIn, seed);
    }

    /** @return the samples of every chain, in chain then iteration order */
    public double[][] all() {
        int n = 0;
        for (AdaptiveMetropolis.Chain c : chains) {
            n += c.samples().length;
        }
        double[][] out = new double[n][];
        int i = 0;
        for (AdaptiveMetropolis.Chain c : chains) {
            for (double[] s : c.samples()) {
                out[i++] = s;
            }
        }
        return out;
    }
}
