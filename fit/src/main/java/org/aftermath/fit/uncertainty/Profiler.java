package org.aftermath.fit.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.fit.optimize.SmoothFunction;
import org.aftermath.fit.optimize.SmoothFunctions;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Profile likelihoods by re-optimisation (Raue et al., Bioinformatics 25:1923, 2009): from the optimum, the
 * profiled parameter steps towards one bound; at each value the others are re-optimised by the trust-region method
 * from the previous point's optimum. The step adapts so that the objective rises by about a tenth to a half of the
 * threshold per point; the walk stops when the objective exceeds optimum + threshold (the crossing is then refined by
 * regula falsi with re-optimisation between the last two points, to 1 % of the threshold), at the bound, or after
 * {@value #MAX_POINTS} points. The threshold for a
 * pointwise 95 % interval is χ²₁(0.95)/2 = 1.92 on the negative log-likelihood.
 */
public final class Profiler {

    /** Most points per side. */
    public static final int MAX_POINTS = 60;
    /** Regula-falsi steps that refine a crossing. */
    static final int REFINEMENTS = 4;

    private final SmoothFunction f;
    private final double[] lower;
    private final double[] upper;
    private final TrustRegionReflective.Options options;

    /**
     * @param f       the objective
     * @param lower   lower bounds (estimation scales)
     * @param upper   upper bounds
     * @param options the re-optimisations' stopping rules
     */
    public Profiler(SmoothFunction f, double[] lower, double[] upper, TrustRegionReflective.Options options) {
        this.f = f;
        this.lower = lower;
        this.upper = upper;
        this.options = options;
    }

    /** @return the threshold of a pointwise interval of confidence {@code level} on the negative log-likelihood */
    public static double threshold(double level) {
        return new ChiSquaredDistribution(1).inverseCumulativeProbability(level) / 2;
    }

    /**
     * @param best      the optimum
     * @param value     the objective there
     * @param parameter the profiled parameter
     * @param side      −1 or +1
     * @param firstStep the first step's length on the parameter's scale (&gt; 0)
     * @param threshold the rise above the optimum that ends the profile
     * @return the profile
     */
    public Profile profile(double[] best, double value, int parameter, int side, double firstStep,
                           double threshold) {
        List<Double> values = new ArrayList<>();
        List<Double> objective = new ArrayList<>();
        values.add(best[parameter]);
        objective.add(value);
        double bound = side < 0 ? lower[parameter] : upper[parameter];
        double[] z = SmoothFunctions.remove(best, parameter);
        double[] zLower = SmoothFunctions.remove(lower, parameter);
        double[] zUpper = SmoothFunctions.remove(upper, parameter);
        double c = best[parameter];
        double previous = value;
        double step = firstStep;
        double lowest = value;
        double crossing = Double.NaN;
        TrustRegionReflective optimiser = new TrustRegionReflective(options);
        int failures = 0;
        while (values.size() <= MAX_POINTS) {
            double next = c + side * step;
            boolean atBound = side < 0 ? next <= bound : next >= bound;
            if (atBound) {
                next = bound;
            }
            TrustRegionReflective.Result r = z.length == 0
                    ? single(next)
                    : optimiser.minimize(SmoothFunctions.fixing(f, parameter, next), z, zLower, zUpper);
            if (!Double.isFinite(r.value())) {
                if (++failures > 5 || step < 1e-8) {
                    break;
                }
                step /= 4;
                continue;
            }
            failures = 0;
            values.add(next);
            objective.add(r.value());
            lowest = Math.min(lowest, r.value());
            if (r.value() - value > threshold) {
                crossing = refine(parameter, value, c, previous - value, z, next, r.value() - value, threshold,
                        zLower, zUpper, optimiser);
                break;
            }
            if (atBound) {
                break;
            }
            double rise = r.value() - previous;
            if (rise < 0.1 * threshold) {
                step *= 2;
            } else if (rise > 0.5 * threshold) {
                step /= 2;
            }
            c = next;
            previous = r.value();
            z = r.x();
        }
        return new Profile(parameter, side, values.stream().mapToDouble(Double::doubleValue).toArray(),
                objective.stream().mapToDouble(Double::doubleValue).toArray(), crossing, lowest);
    }

    /**
     * The crossing of the threshold between a point below it (a, rise ra, others at za) and one above (b, rise rb):
     * regula falsi with re-optimisation, at most {@value #REFINEMENTS} steps, until the rise is within 1 % of the
     * threshold.
     */
    private double refine(int parameter, double optimum, double a, double ra, double[] za, double b, double rb,
                          double threshold,
                          double[] zLower, double[] zUpper, TrustRegionReflective optimiser) {
        double best = a + (threshold - ra) / (rb - ra) * (b - a);
        for (int i = 0; i < REFINEMENTS; i++) {
            double c = a + (threshold - ra) / (rb - ra) * (b - a);
            TrustRegionReflective.Result r = za.length == 0 ? single(c)
                    : optimiser.minimize(SmoothFunctions.fixing(f, parameter, c), za, zLower, zUpper);
            if (!Double.isFinite(r.value())) {
                return best;
            }
            double rc = r.value() - optimum;
            best = c;
            if (Math.abs(rc - threshold) < 0.01 * threshold) {
                return c;
            }
            if (rc < threshold) {
                a = c;
                ra = rc;
                za = r.x();
            } else {
                b = c;
                rb = rc;
            }
        }
        return best;
    }

    private TrustRegionReflective.Result single(double x) {
        double v = f.evaluate(new double[] {x}, false).value();
        return new TrustRegionReflective.Result(new double[0], v, new double[0], 0, 1,
                TrustRegionReflective.Exit.GRADIENT);
    }
}
