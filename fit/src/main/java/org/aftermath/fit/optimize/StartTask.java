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
 * the same results. A hierarchical job optimises the parameters other than the scalings ({@link OptimalScalings});
 * its results hold every parameter, the scalings at their optimum.
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
        OptimalScalings scalings = job.hierarchical() ? OptimalScalings.of(objective) : null;
        if (scalings == null || scalings.none()) {
            SmoothFunction f = SmoothFunctions.of(objective);
            return index -> LocalOptimizer.run(job.method(), f, (int) index, starts[(int) index], lower, upper,
                    PatientSeeds.patientSeed(job.seed(), index), job.options());
        }
        SmoothFunction f = scalings.function();
        return index -> {
            double[] start = starts[(int) index];
            StartResult r = LocalOptimizer.run(job.method(), f, (int) index, scalings.outerOf(start),
                    scalings.outerOf(lower), scalings.outerOf(upper), PatientSeeds.patientSeed(job.seed(), index),
                    job.options());
            return new StartResult(r.index(), scalings.withOuter(start, r.start()),
                    r.ok() ? scalings.full(r.x()) : scalings.withOuter(start, r.x()), r.value(), r.iterations(),
                    r.evaluations(), r.exit());
        };
    }
}
