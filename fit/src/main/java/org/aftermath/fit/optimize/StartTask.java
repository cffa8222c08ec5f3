package org.aftermath.fit.optimize;

import java.util.List;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;

/**
 * The starts of a multistart fit as an {@link IndexedTask}: index i runs the local optimiser from start i. The
 * workers share the job's objective ({@link FitJob#objective}: compiled once per JVM); a start's result depends only
 * on the job, the start point and its seed ({@code PatientSeeds.patientSeed(seed, i)}), so any engine and thread count give
 * the same results.
 *
 * @param job    the fit
 * @param starts the start points, on the estimation scales
 */
public record StartTask(FitJob job, double[][] starts) implements IndexedTask<StartResult> {

    @Override
    public Worker<StartResult> worker() {
        Objective objective = job.objective();
        EstimationProblem problem = objective.problem();
        List<ProblemParameter> estimated = problem.estimated();
        double[] lower = estimated.stream().mapToDouble(ProblemParameter::lowerOnScale).toArray();
        double[] upper = estimated.stream().mapToDouble(ProblemParameter::upperOnScale).toArray();
        SmoothFunction f = SmoothFunctions.of(objective);
        return index -> LocalOptimizer.run(job.method(), f, (int) index, starts[(int) index], lower, upper,
                PatientSeeds.patientSeed(job.seed(), index), job.options());
    }
}
