package org.aftermath.optimize;

import java.util.List;

/**
 * The outcome of a schedule search.
 *
 * @param objective         what was optimised
 * @param method            the optimiser ({@link ScheduleOptimizer.Method})
 * @param seed              the optimiser's seed
 * @param own               the scenario's own schedule
 * @param ownObjective      its objective (the scenario as written, simulated)
 * @param ownToxicity       its doses
 * @param ownFeasible       whether it respects the constraints
 * @param best              the best feasible evaluation
 * @param evaluations       every evaluation in order (the scenario's own not included)
 * @param constraints       the limits applied
 * @param intervalDays      the cytotoxic interval range searched (the bounds intersected with the
 *                          minimum interval)
 * @param activeConstraints constraints at their limit at the best schedule
 *                          ({@link Toxicity#active})
 * @param simulations       simulations run, the scenario's own included
 */
public record OptimizationResult(ScheduleObjective objective, String method, long seed, Candidate own, double ownObjective,
                                 Toxicity ownToxicity, boolean ownFeasible, ScheduleEvaluation best,
                                 List<ScheduleEvaluation> evaluations, Constraints constraints, Range intervalDays,
                                 List<String> activeConstraints, long simulations) {

    public OptimizationResult {
        evaluations = List.copyOf(evaluations);
        activeConstraints = List.copyOf(activeConstraints);
    }

    /** @return how much the best schedule beats the scenario's own, in objective units, positive when better */
    public double improvement() {
        return objective.improvement(best.objective(), ownObjective);
    }

    /** @return true if the best schedule beats the scenario's own by more than {@link ScheduleObjective#RESOLUTION} */
    public boolean improved() {
        return improvement() > ScheduleObjective.RESOLUTION;
    }

    /**
     * @return true if the best feasible schedule is worse than the scenario's own by more than
     *         {@link ScheduleObjective#RESOLUTION}: possible only when the scenario's own schedule violates the
     *         constraints ({@link #ownViolations()}), and then the best one is no answer to save
     */
    public boolean worseThanOwn() {
        return improvement() < -ScheduleObjective.RESOLUTION;
    }

    /** @return how the scenario's own schedule violates the constraints, e.g. "interval 21 d < minimum 200"; "" if it does not */
    public String ownViolations() {
        return ownToxicity.violations(constraints);
    }

    /** @return the best objective found after each evaluation (NaN until the first feasible one) */
    public double[] bestSoFar() {
        double[] out = new double[evaluations.size()];
        double best = Double.NaN;
        for (int i = 0; i < out.length; i++) {
            ScheduleEvaluation e = evaluations.get(i);
            if (e.feasible() && (Double.isNaN(best) || objective.better(e.objective(), best))) {
                best = e.objective();
            }
            out[i] = best;
        }
        return out;
    }
}
