package org.aftermath.runner;

import java.util.List;
import org.aftermath.tmen.scenario.EndpointSettings;

/**
 * Clinical endpoints from the burden in cells, with a tumour taken as a sphere of
 * {@code cells / cellsPerCm3} cm³.
 *
 * <p>With {@code assessment: continuous} the endpoints are read from the exact trajectory, as
 * below. Otherwise ({@code before_doses}, the default, or scans every N days) they are read from
 * the assessments only, RECIST-style ({@link #fromAssessments}): a burden that dips just after a
 * dose and regrows before the next scan is not progression, as it would not be on imaging.
 * <ul>
 *   <li>{@code bestResponse}: CR if the smallest burden is below
 *       {@link EndpointSettings#detectableCells()}; else PR if the smallest diameter is at most
 *       (1 + {@link EndpointSettings#partialResponseChange()}) × the initial diameter; else PD if the
 *       disease progressed within the horizon; else SD. (RECIST's minimum duration of stable
 *       disease and confirmation of response are not modelled.)</li>
 *   <li>{@code timeToProgression}: first day on which the diameter reaches
 *       (1 + {@link EndpointSettings#progressionChange()}) × the smallest diameter so far (baseline
 *       included), i.e. the burden reaches (1 + gain)³ × its running minimum, with a burden of at
 *       least {@link EndpointSettings#detectableCells()} (what cannot be seen cannot progress: after
 *       a complete response, progression is the burden becoming detectable again); null if
 *       never.</li>
 *   <li>{@code cureProbability}: exp(-N_nadir), the Poisson probability that no clonogen
 *       survives at the nadir, a number in [0, 1].</li>
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

    /** Best response and time to progression read from assessments. */
    public record Assessed(BestResponse bestResponse, Double timeToProgressionDays) { }

    /**
     * Reads the response from assessments, RECIST-style: the first is the baseline; an
     * assessment shows progression when its diameter is at least (1 + progression change) × the
     * smallest diameter of the earlier ones (baseline included) and its burden is detectable
     * (at least {@link EndpointSettings#detectableCells()}: a tumour eradicated or far below
     * detection does not progress); until then, CR if an assessment
     * found the burden below the detectable size, else PR if one found the diameter at most
     * (1 + partial-response change) × the baseline, else PD if progression came, else SD.
     *
     * @param settings    thresholds
     * @param assessments baseline first, in time order
     * @return best response and the day of the first assessment showing progression (or null)
     */
    public static Assessed fromAssessments(EndpointSettings settings, List<Assessment> assessments) {
        double baseline = assessments.get(0).diameterCm();
        double smallest = baseline;
        boolean complete = false;
        boolean partial = false;
        Double progression = null;
        for (Assessment a : assessments.subList(1, assessments.size())) {
            if (a.tumorCells() >= settings.detectableCells()
                    && a.diameterCm() >= (1 + settings.progressionChange()) * smallest) {
                progression = a.day();
                break;
            }
            complete |= a.tumorCells() < settings.detectableCells();
            partial |= a.diameterCm() <= (1 + settings.partialResponseChange()) * baseline;
            smallest = Math.min(smallest, a.diameterCm());
        }
        BestResponse best = complete ? BestResponse.CR : partial ? BestResponse.PR
                : progression != null ? BestResponse.PD : BestResponse.SD;
        return new Assessed(best, progression);
    }

    /**
     * @param nadirCells the smallest burden, cells
     * @return exp(-max(0, nadirCells)), in [0, 1] (0 once the nadir exceeds about 745 cells)
     */
    public static double cureProbability(double nadirCells) {
        return Math.exp(-Math.max(0.0, nadirCells));
    }
}
