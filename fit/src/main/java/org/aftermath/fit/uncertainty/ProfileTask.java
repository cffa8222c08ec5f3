package org.aftermath.fit.uncertainty;

import java.util.List;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.SmoothFunctions;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;

/**
 * The profiles of a fit as an {@link IndexedTask}: index 2k is parameter k towards its lower bound, 2k + 1
 * towards its upper bound; each depends only on the job, the optimum and k, so any engine gives the same
 * profiles.
 *
 * @param job        the fit
 * @param best       the optimum
 * @param value      the objective there
 * @param firstSteps per parameter, the first step on its scale
 * @param threshold  the rise that ends a profile
 */
public record ProfileTask(FitJob job, double[] best, double value, double[] firstSteps, double threshold)
        implements IndexedTask<Profile> {

    @Override
    public Worker<Profile> worker() {
        Objective objective = job.objective();
        EstimationProblem problem = objective.problem();
        List<ProblemParameter> estimated = problem.estimated();
        double[] lower = estimated.stream().mapToDouble(ProblemParameter::lowerOnScale).toArray();
        double[] upper = estimated.stream().mapToDouble(ProblemParameter::upperOnScale).toArray();
        Profiler profiler = new Profiler(SmoothFunctions.of(objective), lower, upper, job.options());
        return index -> {
            int k = (int) (index / 2);
            return profiler.profile(best, value, k, index % 2 == 0 ? -1 : 1, firstSteps[k], threshold);
        };
    }
}
