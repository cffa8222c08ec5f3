package org.aftermath.fit.uncertainty;

import java.util.List;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;

/**
 * The chains of a posterior sample as an {@link IndexedTask}: chain c starts at {@code starts[c]} and is seeded with
 * {@code PatientSeeds.patientSeed(seed, c)}; the target is exp(−objective) on the estimation scales within the
 * bounds (the likelihood times the objective priors; parameters without a prior are uniform on their scale).
 *
 * @param job           the fit
 * @param starts        per chain, its start
 * @param initialScales the initial proposal's standard deviation per parameter
 * @param burnIn        iterations discarded per chain
 * @param samples       iterations kept per chain
 * @param seed          the sample's seed
 */
public record ChainTask(FitJob job, double[][] starts, double[] initialScales, int burnIn, int samples, long seed)
        implements IndexedTask<AdaptiveMetropolis.Chain> {

    @Override
    public Worker<AdaptiveMetropolis.Chain> worker() {
        Objective objective = job.objective();
        EstimationProblem problem = objective.problem();
        List<ProblemParameter> estimated = problem.estimated();
        double[] lower = estimated.stream().mapToDouble(ProblemParameter::lowerOnScale).toArray();
        double[] upper = estimated.stream().mapToDouble(ProblemParameter::upperOnScale).toArray();
        return index -> AdaptiveMetropolis.run(x -> -objective.evaluate(x, false).value(), starts[(int) index],
                lower, upper, initialScales, burnIn, samples, PatientSeeds.patientSeed(seed, index));
    }
}
