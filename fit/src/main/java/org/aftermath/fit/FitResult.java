package org.aftermath.fit;

import java.util.List;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.fit.uncertainty.Sample;

/**
 * What a fit found.
 *
 * @param problem    the problem
 * @param job        how it was simulated and optimised
 * @param options    starts, profiles, sampling
 * @param starts     every start's result, in start order
 * @param best       the index of the best start (the lowest objective), or -1 when none gave a finite value
 * @param atNominal  the objective at the nominal parameters, with derivatives where the problem has gradients
 * @param atBest     the objective at the best point, likewise (null when best is -1)
 * @param covariance the inverse Fisher information at the best point on the estimation scales, row-major (a
 *                   pseudo-inverse when singular), or null
 * @param profiles   per estimated parameter, its profile (empty when not asked for)
 * @param sample     the posterior sample, or null
 */
public record FitResult(EstimationProblem problem, FitJob job, FitOptions options, List<StartResult> starts, int best,
                        Evaluation atNominal, Evaluation atBest, double[] covariance, List<Profile.Pair> profiles,
                        Sample sample) {

    /** @return the best start */
    public StartResult bestStart() {
        return best < 0 ? null : starts.get(best);
    }

    /** @return the standard error of estimated parameter k on its scale (NaN without a covariance) */
    public double standardError(int k) {
        int m = problem.estimated().size();
        return covariance == null ? Double.NaN : Math.sqrt(Math.max(0, covariance[k * m + k]));
    }

    /**
     * @param i a measurement's index in the problem
     * @return its standardised residual at the best fit, (t(y) − t(h)) / σ on its observable's comparison scale t
     *         (NaN when no start succeeded)
     */
    public double standardisedResidual(int i) {
        if (atBest == null || atBest.simulated() == null) {
            return Double.NaN;
        }
        var m = problem.measurements().get(i);
        var t = problem.observableTable().get(m.observable()).transformation();
        return (t.apply(m.value()) - t.apply(atBest.simulated()[i])) / atBest.sigma()[i];
    }

    /**
     * @param tolerance how close to the best value counts as reaching it
     * @return how many starts reached the best objective within the tolerance
     */
    public int startsAtBest(double tolerance) {
        if (best < 0) {
            return 0;
        }
        double b = starts.get(best).value();
        int n = 0;
        for (StartResult s : starts) {
            if (s.ok() && s.value() - b <= tolerance) {
                n++;
            }
        }
        return n;
    }
}
