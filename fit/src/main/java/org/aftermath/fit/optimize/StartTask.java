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
 * the same results. A hierarchical job optimises the parameters other than the scalings ({@link OptimalScalings}).
 * When a start ends with a scaling on its bound (or within {@link #AT_BOUND} of it), it runs on twice: with the scalings free of their bounds (the
 * relaxation: an observable whose amplitude only a scaling beyond its bound could match costs nothing there, where
 * the bounded problem crawls along the amplitude while the scaling sits on its bound), then bounded again from that
 * end point; the start keeps the lower of the two bounded ends (never worse than one pass), and counts the
 * iterations and evaluations of all passes. Its results hold every parameter, the scalings at their bounded
 * optimum.
 *
 * @param job    the fit
 * @param starts the start points, on the estimation scales
 */
public record StartTask(FitJob job, double[][] starts) implements IndexedTask<StartResult> {

    /**
     * Relative distance from a bound within which a scaling's optimum counts as on it: a bounded pass leaves the
     * scaling just inside (Fujita_SciSignal2010 start 11 of 100: scaling_pS6_tot at 10^7.9999997 against 10^8).
     */
    static final double AT_BOUND = 1e-3;

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
        SmoothFunction relaxed = scalings.function(false);
        SmoothFunction bounded = scalings.function(true);
        double[] outerLower = scalings.outerOf(lower);
        double[] outerUpper = scalings.outerOf(upper);
        return index -> {
            double[] start = starts[(int) index];
            long seed = PatientSeeds.patientSeed(job.seed(), index);
            StartResult first = LocalOptimizer.run(job.method(), bounded, (int) index, scalings.outerOf(start),
                    outerLower, outerUpper, seed, job.options());
            StartResult best = first;
            int iterations = first.iterations();
            int evaluations = first.evaluations();
            if (first.ok() && scalings.atBound(first.x(), AT_BOUND)) {
                StartResult free = LocalOptimizer.run(job.method(), relaxed, (int) index, first.x(), outerLower,
                        outerUpper, seed, job.options());
                iterations += free.iterations();
                evaluations += free.evaluations();
                if (free.ok()) {
                    StartResult again = LocalOptimizer.run(job.method(), bounded, (int) index, free.x(), outerLower,
                            outerUpper, seed, job.options());
                    iterations += again.iterations();
                    evaluations += again.evaluations();
                    if (again.ok() && again.value() < first.value()) {
                        best = again;
                    }
                }
            }
            return new StartResult(best.index(), scalings.withOuter(start, first.start()),
                    best.ok() ? scalings.full(best.x()) : scalings.withOuter(start, best.x()), best.value(),
                    iterations, evaluations, best.exit());
        };
    }
}
