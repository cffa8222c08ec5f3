package org.aftermath.runner;

import org.aftermath.tmen.scenario.EndpointSettings;

/**
 * Clinical endpoints from the burden in cells, with a tumour taken as a sphere of
 * {@code cells / cellsPerCm3} cm³.
 *
 * <ul>
 *   <li>{@code bestResponse}: CR if the smallest burden is below
 *       {@link EndpointSettings#detectableCells()}; else PR if the smallest diameter is at most
 *       (1 + {@link EndpointSettings#partialResponseChange()}) × the initial diameter; else PD if the
 *       disease progressed within the horizon; else SD. (RECIST's minimum duration of stable
 *       disease and confirmation of response are not modelled.)</li>
 *   <li>{@code timeToProgression}: first day on which the diameter reaches
 *       (1 + {@link EndpointSettings#progressionChange()}) × the smallest diameter so far (baseline
 *       included), i.e. the burden reaches (1 + gain)³ × its running minimum; null if never.</li>
 *   <li>{@code cureProbability}: exp(-N_nadir), the Poisson probability that no clonogen
 *       survives at the nadir.</li>
 *   <li>{@code nadirBelowOneCell}: true when the deterministic burden fell below one cell, so any
 *       regrowth after it is an artefact of the continuous model, not a prediction.</li>
 * </ul>
 */
public final class Endpoints {

    private Endpoints() { }

    /** @return the volume of a burden, cm³ */
    public static double volumeCm3(double cells, EndpointSettings settings) {
        return cells / settings.cellsPerCm3();
    }

    /** @return the diameter of a sphere of the burden's volume, cm: (6 V / π)^(1/3) */
    public static double diameterCm(double cells, EndpointSettings settings) {
        return Math.cbrt(6 * volumeCm3(cells, settings) / Math.PI);
    }

    /** @return the burden ratio equivalent to a diameter ratio of (1 + gain): (1 + gain)³ */
    public static double progressionRatio(EndpointSettings settings) {
        double f = 1 + settings.progressionChange();
        return f * f * f;
    }

    /**
     * @param settings          thresholds
     * @param initialCells      burden at day 0
     * @param nadirCells        smallest burden
     * @param progressed        true if progression happened within the horizon
     * @return the best response
     */
    public static BestResponse bestResponse(EndpointSettings settings, double initialCells, double nadirCells,
                                            boolean progressed) {
        if (nadirCells < settings.detectableCells()) {
            return BestResponse.CR;
        }
        if (diameterCm(nadirCells, settings) <= (1 + settings.partialResponseChange()) * diameterCm(initialCells, settings)) {
            return BestResponse.PR;
        }
        return progressed ? BestResponse.PD : BestResponse.SD;
    }

    /** @return exp(-nadirCells) */
    public static double cureProbability(double nadirCells) {
        return Math.exp(-nadirCells);
    }
}
