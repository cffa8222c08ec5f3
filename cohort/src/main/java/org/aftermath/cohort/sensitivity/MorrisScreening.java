package org.aftermath.cohort.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.aftermath.cohort.sampling.PatientSeeds;

/**
 * Morris (1991) elementary-effects screening with r one-at-a-time trajectories on a p-level grid.
 *
 * <p>Grid levels are cell centres {@code (l + 1/2)/p}, {@code l = 0..p-1}, of the probability scale (so that
 * unbounded marginals map to finite values through their quantiles); each step moves one input by p/2 levels, i.e.
 * by {@code Delta = 1/2} in probability, the usual choice {@code Delta = p / (2 (p - 1))} levels of Morris' design.
 * Each trajectory starts at a random grid point, visits the inputs in a random order, and steps up from the lower
 * half of the grid and down from the upper half, so every point stays on the grid. Elementary effect of input i:
 * {@code (f(x after) - f(x before)) / (u_i after - u_i before)}. Cost: r (k + 1) model runs. Seeded
 * {@value PatientSeeds#ALGORITHM}.
 */
public final class MorrisScreening {

    private final InputSpace inputs;
    private final int trajectories;
    private final int levels;
    private final long seed;

    /**
     * @param inputs       the independent inputs
     * @param trajectories number of trajectories r (&ge; 2)
     * @param levels       number of grid levels p (even, &ge; 2)
     * @param seed         seed of the trajectory generator
     */
    public MorrisScreening(InputSpace inputs, int trajectories, int levels, long seed) {
        if (trajectories < 2) {
            throw new IllegalArgumentException("morris: trajectories must be >= 2, got " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("morris: levels must be even and >= 2, got " + levels);
        }
        long runs = (long) trajectories * (inputs.dimension() + 1);
        if (runs > SaltelliDesign.MAX_RUNS) {
            throw new IllegalArgumentException("morris: r (k + 1) = " + trajectories + " x " + (inputs.dimension() + 1)
                    + " = " + runs + " simulations is more than the " + SaltelliDesign.MAX_RUNS + " a study may run;"
                    + " give fewer trajectories");
        }
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
    }

    /** Number of model runs, r (k + 1). */
    public int runs() {
        return trajectories * (inputs.dimension() + 1);
    }

    /**
     * Screens {@code model}.
     *
     * @return one entry per input, in declaration order
     */
    public List<MorrisEffect> analyse(OutcomeFunction model) {
        int k = inputs.dimension();
        RandomGenerator rng = PatientSeeds.generator(seed);
        int half = levels / 2;
        double[][] effects = new double[k][trajectories];
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[k];
            for (int i = 0; i < k; i++) {
                level[i] = rng.nextInt(levels);
            }
            int[] order = permutation(k, rng);
            double[][] path = new double[k + 1][];
            path[0] = unit(level);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                level[i] += level[i] < half ? half : -half;
                path[s + 1] = unit(level);
            }
            double[][] xs = new double[k + 1][];
            for (int s = 0; s <= k; s++) {
                xs[s] = inputs.toInputs(path[s]);
            }
            double[] y = model.evaluateAll(xs);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                if (!Double.isFinite(y[s]) || !Double.isFinite(y[s + 1])) {
                    throw new IllegalArgumentException("morris: model output is not finite on trajectory " + t);
                }
                effects[i][t] = (y[s + 1] - y[s]) / (path[s + 1][i] - path[s][i]);
            }
        }
        List<String> names = inputs.names();
        List<MorrisEffect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double mu = 0.0;
            double muStar = 0.0;
            for (double e : effects[i]) {
                mu += e;
                muStar += Math.abs(e);
            }
            mu /= trajectories;
            muStar /= trajectories;
            double ss = 0.0;
            for (double e : effects[i]) {
                ss += (e - mu) * (e - mu);
            }
            out.add(new MorrisEffect(names.get(i), mu, muStar, Math.sqrt(ss / (trajectories - 1))));
        }
        return out;
    }

    /** Effects sorted by decreasing mu* (the screening ranking). */
    public static List<MorrisEffect> ranked(List<MorrisEffect> effects) {
        List<MorrisEffect> sorted = new ArrayList<>(effects);
        sorted.sort(Comparator.comparingDouble(MorrisEffect::muStar).reversed());
        return sorted;
    }

    private double[] unit(int[] level) {
        double[] u = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            u[i] = (level[i] + 0.5) / levels;
        }
        return u;
    }

    /** Fisher–Yates shuffle of 0..k-1. */
    private static int[] permutation(int k, RandomGenerator rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
