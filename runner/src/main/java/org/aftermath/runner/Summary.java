package org.aftermath.runner;

import java.util.List;

/**
 * The outcomes of one run, all computed from the exact trajectory (event states and dense
 * output), never from the output grid.
 *
 * @param scenario          scenario name
 * @param initialTumorCells burden at day 0 before any dose
 * @param finalTumorCells   burden at the horizon
 * @param nadirTumorCells   smallest burden reached
 * @param nadirDay          first time the smallest burden was reached, days
 * @param regrowthDay       first time after the nadir at which the burden exceeds its initial
 *                          value (fractional day), or null if it never fell below it or never
 *                          climbed back
 * @param doses             applied doses in time order
 * @param skippedDoses      doses after the horizon
 * @param warnings          human-readable warnings
 */
public record Summary(String scenario, double initialTumorCells, double finalTumorCells,
                      double nadirTumorCells, double nadirDay, Double regrowthDay,
                      List<DoseOutcome> doses, List<SkippedDose> skippedDoses, List<String> warnings) {
    public Summary {
        doses = List.copyOf(doses);
        skippedDoses = List.copyOf(skippedDoses);
        warnings = List.copyOf(warnings);
    }
}
