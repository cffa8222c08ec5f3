package org.aftermath.optimize;

/**
 * One evaluated candidate of a search.
 *
 * @param index     1-based order of evaluation
 * @param candidate the schedule
 * @param feasible  true if its scenario is valid and every constraint holds
 * @param reason    why it is infeasible ("" if feasible): the scenario problem or the
 *                  constraints violated
 * @param toxicity  its doses (null if its scenario is invalid)
 * @param objective the objective (NaN if infeasible: not simulated)
 */
public record ScheduleEvaluation(int index, Candidate candidate, boolean feasible, String reason, Toxicity toxicity,
                         double objective) {
}
