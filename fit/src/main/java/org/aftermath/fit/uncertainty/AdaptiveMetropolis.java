package org.aftermath.fit.uncertainty;

import java.io.Serializable;
import java.util.random.RandomGenerator;
import java.util.function.ToDoubleFunction;
import org.aftermath.cohort.sampling.PatientSeeds;

/**
 * The adaptive Metropolis sampler of Haario, Saksman &amp; Tamminen (Bernoulli 7:223, 2001): a Gaussian random-walk
 * proposal whose covariance, after an initial period with the given scales, is s_d·(C + εI), with C the covariance
 * of the chain so far (updated recursively), s_d = 2.38²/d and ε = 10⁻¹⁰ times the largest initial variance. The
 * target is a log density on the estimation scales, 0 outside the bounds (proposals there are rejected).
 * Deterministic given the seed (the project's L64X128MixRandom).
 */
public final class AdaptiveMetropolis {

    /** Iterations with the fixed initial proposal before adaptation starts. */
    public static final int NON_ADAPTIVE = 200;

    /**
     * A chain.
     *
     * @param samples    every state after burn-in, [iteration][parameter]
     * @param logDensity the log density of each
     * @param acceptance the fraction of accepted proposals over the whole run
     */
    public record Chain(double[][] samples, double[] logDensity, double acceptance) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private AdaptiveMetropolis() {
    }

    /**
     * @param logDensity    the target's log density (−∞ where it is 0 or cannot be evaluated)
     * @param start         the start, inside the bounds, with a finite density
     * @param lower         lower bounds
     * @param upper         upper bounds
     * @param initialScales the initial proposal's standard deviation per parameter
     * @param burnIn        iterations discarded
     * @param samples       iterations kept
     * @param seed          the chain's seed
     * @return the chain
     */
    public static Chain run(ToDoubleFunction<double[]> logDensity, double[] start, double[] lower, double[] upper,
                            double[] initialScales, int burnIn, int samples, long seed) {
        int d = start.length;
        RandomGenerator random = PatientSeeds.generator(seed);
        double sd = 2.38 * 2.38 / d;
        double maxVar = 0;
        for (double s : initialScales) {
            maxVar = Math.max(maxVar, s * s);
        }
        double eps = 1e-10 * maxVar;
        double[] x = start.clone();
        double lp = logDensity.applyAsDouble(x);
        double[] mean = x.clone();
        double[] cov = new double[d * d];
        double[] chol = new double[d * d];
        double[][] kept = new double[samples][];
        double[] keptLp = new double[samples];
        int accepted = 0;
        int total = burnIn + samples;
        for (int t = 1; t <= total; t++) {
            double[] proposal = new double[d];
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = random.nextGaussian();
            }
            boolean adapted = t > NON_ADAPTIVE && cholesky(cov, sd, eps, chol, d);
            for (int i = 0; i < d; i++) {
                double step;
                if (adapted) {
                    step = 0;
                    for (int j = 0; j <= i; j++) {
                        step += chol[i * d + j] * z[j];
                    }
                } else {
                    step = Math.sqrt(sd) * initialScales[i] * z[i];
                }
                proposal[i] = x[i] + step;
            }
            boolean inside = true;
            for (int i = 0; i < d; i++) {
                inside &= proposal[i] > lower[i] && proposal[i] < upper[i];
            }
            double u = random.nextDouble();
            if (inside) {
                double lpNew = logDensity.applyAsDouble(proposal);
                if (lpNew > Double.NEGATIVE_INFINITY && Math.log(u) < lpNew - lp) {
                    x = proposal;
                    lp = lpNew;
                    accepted++;
                }
            }
            // recursive mean and covariance of the chain (Haario et al., eq. 3)
            double n = t + 1;
            double[] oldMean = mean.clone();
            for (int i = 0; i < d; i++) {
                mean[i] = oldMean[i] + (x[i] - oldMean[i]) / n;
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i * d + j] = ((n - 2) * cov[i * d + j] + (n - 1) * oldMean[i] * oldMean[j]
                            - n * mean[i] * mean[j] + x[i] * x[j]) / (n - 1);
                }
            }
            if (t > burnIn) {
                kept[t - burnIn - 1] = x.clone();
                keptLp[t - burnIn - 1] = lp;
            }
        }
        return new Chain(kept, keptLp, (double) accepted / total);
    }

    /** Lower Cholesky factor of sd·(cov + eps·I) into {@code out}; false if not positive definite. */
    private static boolean cholesky(double[] cov, double sd, double eps, double[] out, int d) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = sd * (cov[i * d + j] + (i == j ? eps : 0));
                for (int k = 0; k < j; k++) {
                    s -= out[i * d + k] * out[j * d + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    out[i * d + i] = Math.sqrt(s);
                } else {
                    out[i * d + j] = s / out[j * d + j];
                }
            }
        }
        return true;
    }
}
