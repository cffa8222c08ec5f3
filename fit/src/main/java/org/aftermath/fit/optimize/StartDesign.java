package org.aftermath.fit.optimize;

import java.util.List;
import java.util.random.RandomGenerator;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.fit.problem.Prior;
import org.aftermath.fit.problem.ProblemParameter;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Where multistart local optimisations begin: N points inside the bounds on the estimation scales, a seeded
 * function of (seed, N) only. A parameter with an initialisation prior is drawn from it (truncated to the bounds
 * by rejection); the others fill the box by a Latin hypercube (one point per stratum of each coordinate, the
 * strata shuffled independently per coordinate, a uniform point inside each) or by the Sobol sequence (Hipparchus,
 * Joe–Kuo direction numbers, skipping the first point, the origin of the unit cube).
 */
public final class StartDesign {

    /** How the box is filled. */
    public enum Kind {
        LATIN_HYPERCUBE("lhs"),
        SOBOL("sobol");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** @return the command-line name */
        public String id() {
            return id;
        }

        /** @return the kind named {@code id}, or null */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    private StartDesign() {
    }

    /**
     * @param parameters the estimated parameters
     * @param starts     the number of points, &ge; 1
     * @param seed       the seed
     * @param kind       the design
     * @return starts[i][k], on the estimation scales, strictly inside the bounds
     */
    public static double[][] points(List<ProblemParameter> parameters, int starts, long seed, Kind kind) {
        int m = parameters.size();
        double[][] unit = kind == Kind.SOBOL ? sobol(m, starts) : latinHypercube(m, starts, seed);
        double[][] out = new double[starts][m];
        for (int k = 0; k < m; k++) {
            ProblemParameter p = parameters.get(k);
            double lo = p.lowerOnScale();
            double hi = p.upperOnScale();
            RandomGenerator prior = PatientSeeds.generator(PatientSeeds.patientSeed(seed, 1_000_000L + k));
            for (int i = 0; i < starts; i++) {
                double u = Math.min(Math.max(unit[i][k], 1e-9), 1 - 1e-9);
                out[i][k] = p.initializationPrior() != null
                        ? fromPrior(p.initializationPrior(), p, prior, lo, hi) : lo + u * (hi - lo);
            }
        }
        return out;
    }

    private static double[][] latinHypercube(int m, int n, long seed) {
        RandomGenerator random = PatientSeeds.generator(PatientSeeds.mix64(seed));
        double[][] u = new double[n][m];
        for (int k = 0; k < m; k++) {
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][k] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return u;
    }

    private static double[][] sobol(int m, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(Math.max(1, m));
        sobol.skipTo(1);
        double[][] u = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] v = sobol.nextVector();
            System.arraycopy(v, 0, u[i], 0, m);
        }
        return u;
    }

    /** A draw of an initialisation prior on the estimation scale, redrawn until inside [lo, hi] (at most 1000 times). */
    private static double fromPrior(Prior prior, ProblemParameter p, RandomGenerator random, double lo, double hi) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double v = switch (prior.type()) {
                case UNIFORM -> p.scale().toScale(prior.first() + random.nextDouble() * (prior.second() - prior.first()));
                case PARAMETER_SCALE_UNIFORM -> prior.first() + random.nextDouble() * (prior.second() - prior.first());
                case NORMAL -> p.scale().toScale(prior.first() + prior.second() * random.nextGaussian());
                case PARAMETER_SCALE_NORMAL -> prior.first() + prior.second() * random.nextGaussian();
                case LAPLACE -> p.scale().toScale(prior.first() + laplace(random) * prior.second());
                case PARAMETER_SCALE_LAPLACE -> prior.first() + laplace(random) * prior.second();
                case LOG_NORMAL -> p.scale().toScale(Math.exp(prior.first() + prior.second() * random.nextGaussian()));
                case LOG_LAPLACE -> p.scale().toScale(Math.exp(prior.first() + laplace(random) * prior.second()));
            };
            if (v > lo && v < hi) {
                return v;
            }
        }
        return lo + random.nextDouble() * (hi - lo);
    }

    private static double laplace(RandomGenerator random) {
        double u = random.nextDouble() - 0.5;
        return -Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }
}
