package org.aftermath.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.EndpointSettings;

/**
 * The outcomes of one run, all computed from the exact trajectory (event states and dense
 * output), never from the output grid.
 *
 * @param scenario              scenario name
 * @param initialTumorCells     burden at day 0 before any dose
 * @param finalTumorCells       burden at the horizon
 * @param nadirTumorCells       smallest burden reached
 * @param nadirDay              first time the smallest burden was reached, days
 * @param regrowthDay           first time after the (first) nadir at which the burden exceeds its
 *                              initial value (fractional day); for a burden that never fell below
 *                              its initial value, the first time it exceeds it at all (0 if it grows
 *                              from the start); null if it does not within the horizon
 * @param doses                 applied doses in time order
 * @param skippedDoses          doses after the horizon
 * @param warnings              human-readable warnings
 * @param initialDiameterCm     diameter of the initial burden as a sphere, cm ({@link Endpoints})
 * @param nadirDiameterCm       diameter at the nadir, cm
 * @param bestResponse          RECIST-style best response ({@link Endpoints#bestResponse})
 * @param timeToProgressionDays first day a detectable burden's diameter reached (1 + progression
 *                              change) × its smallest value so far ({@link Endpoints}), or null
 * @param cureProbability       exp(-nadir burden), Poisson, in [0, 1]
 * @param nadirBelowOneCell     true if the deterministic burden fell below one cell (regrowth
 *                              after it is a model artefact)
 * @param endpointSettings      the thresholds the endpoints used (scenario {@code endpoints:})
 * @param exposure              per dosed agent, per dose: Cmax and AUC of the plasma concentration
 * @param bed                   biologically effective dose of the radiotherapy course, or null
 * @param factors               per secreted factor id of the microenvironment model, its
 *                              baseline, peak and integrals ({@link FactorSummary}); empty without
 *                              the microenvironment modules
 * @param modulators            per dosed modulator and target, the inhibition reached
 */
public record RunSummary(String scenario, double initialTumorCells, double finalTumorCells,
                      double nadirTumorCells, double nadirDay, Double regrowthDay,
                      List<DoseOutcome> doses, List<SkippedDose> skippedDoses, List<String> warnings,
                      double initialDiameterCm, double nadirDiameterCm, BestResponse bestResponse,
                      Double timeToProgressionDays, double cureProbability, boolean nadirBelowOneCell,
                      EndpointSettings endpointSettings, List<Assessment> assessments,
                      List<AgentExposure> exposure, Bed bed, Map<String, FactorSummary> factors,
                      List<ModulatorSummary> modulators) {
    public RunSummary {
        assessments = List.copyOf(assessments);
        doses = List.copyOf(doses);
        skippedDoses = List.copyOf(skippedDoses);
        warnings = List.copyOf(warnings);
        exposure = List.copyOf(exposure);
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        modulators = List.copyOf(modulators);
    }
}
