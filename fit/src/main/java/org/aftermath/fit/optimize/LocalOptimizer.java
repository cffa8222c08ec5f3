package org.aftermath.fit.optimize;

import org.aftermath.cohort.sampling.PatientSeeds;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/** One local optimisation from one start, by the chosen {@link Method}; deterministic given its seed. */
public final class LocalOptimizer {

    /** CMA-ES evaluations per dimension (its budget). */
    static final int CMAES_EVALUATIONS_PER_DIMENSION = 400;

    private LocalOptimizer() {
    }

    /** Redraws of a start whose objective cannot be evaluated. */
    static final int START_REDRAWS = 20;

    /**
     * pyPESTO's start-point resampling: a start where the objective is not finite (the simulation fails) is replaced
     * by points drawn uniformly within the bounds from the start's seed, until one evaluates or
     * {@value #START_REDRAWS} draws failed (then the original start is kept and the run fails at once).
     *
     * @return the start or its replacement
     */
    static double[] evaluable(SmoothFunction f, double[] start, double[] lower, double[] upper, long seed) {
        if (f.evaluate(start, false).ok()) {
            return start;
        }
        var random = PatientSeeds.generator(PatientSeeds.mix64(seed ^ 0x5245445241574eL));
        for (int draw = 0; draw < START_REDRAWS; draw++) {
            double[] x = new double[start.length];
            for (int k = 0; k < x.length; k++) {
                x[k] = Double.isFinite(upper[k] - lower[k]) ? lower[k] + random.nextDouble() * (upper[k] - lower[k])
                        : start[k];
            }
            if (f.evaluate(x, false).ok()) {
                return x;
            }
        }
        return start;
    }

    /**
     * @param method  the optimiser
     * @param f       the function (CMA-ES uses only its values)
     * @param index   the start's index (recorded)
     * @param start   the start, inside the bounds (redrawn when the objective fails there: {@link #evaluable})
     * @param lower   lower bounds
     * @param upper   upper bounds
     * @param seed    the start's seed (CMA-ES)
     * @param options the trust-region's stopping rules
     * @return the result
     */
    public static StartResult run(Method method, SmoothFunction f, int index, double[] start, double[] lower,
                                  double[] upper, long seed, TrustRegionReflective.Options options) {
        start = evaluable(f, start, lower, upper, seed);
        if (method == Method.TRUST_REGION) {
            TrustRegionReflective.Result r = new TrustRegionReflective(options).minimize(f, start, lower, upper);
            return new StartResult(index, start.clone(), r.x(), r.value(), r.iterations(), r.evaluations(),
                    r.exit().name().toLowerCase(java.util.Locale.ROOT));
        }
        int d = start.length;
        double[] sigma = new double[d];
        for (int k = 0; k < d; k++) {
            sigma[k] = 0.3 * (upper[k] - lower[k]);
        }
        int[] evaluations = {0};
        double[] best = {Double.POSITIVE_INFINITY};
        double[][] bestX = {start.clone()};
        CMAESOptimizer cmaes = new CMAESOptimizer(100_000, Double.NEGATIVE_INFINITY, true, 0, 0,
                new Well19937c(seed), false, new SimpleValueChecker(1e-10, 1e-12));
        int budget = CMAES_EVALUATIONS_PER_DIMENSION * Math.max(1, d);
        PointValuePair r;
        try {
            r = cmaes.optimize(new MaxEval(budget), new MaxIter(100_000),
                    new ObjectiveFunction(u -> {
                        evaluations[0]++;
                        double v = f.evaluate(u, false).value();
                        if (v < best[0]) {
                            best[0] = v;
                            bestX[0] = u.clone();
                        }
                        return Double.isFinite(v) ? v : Double.MAX_VALUE;
                    }), GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(4 + (int) Math.floor(3 * Math.log(d))));
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            r = null; // the evaluation budget ran out: keep the best point seen
        }
        String exit = r == null ? "evaluations" : "converged";
        return new StartResult(index, start.clone(), bestX[0], best[0], cmaes.getIterations(), evaluations[0], exit);
    }
}
