package org.aftermath.tmen.scenario;

import java.util.List;

/**
 * How clinical endpoints are read from the burden (the scenario's {@code endpoints:} block).
 * Diameters are those of a sphere of the tumour's volume.
 *
 * @param cellsPerCm3     cancer cells per cm³ of tumour, finite, &gt; 0 (default 1e9, the
 *                        conventional "1 cm³ ≈ 1e9 cells")
 * @param partialResponseChange  relative diameter change at or below which the response is partial
 *                        (RECIST 1.1: -0.30), in (-1, 0)
 * @param progressionChange relative diameter increase over the smallest diameter so far at or
 *                        above which the disease progresses (RECIST 1.1: +0.20), &gt; 0
 * @param detectableCells burden below which the tumour counts as disappeared (complete
 *                        response); default 1e8 cells (0.1 cm³, a sphere of 5.8 mm at the
 *                        default density, about the smallest lesion imaging resolves; assumed,
 *                        range 1e7 .. 1e9), finite, &gt; 0
 * @param assessment      when the response is assessed: {@value #BEFORE_DOSES} (default: at
 *                        baseline, just before each day with a cytotoxic dose — restaging before each cycle — and
 *                        at the horizon), {@value #EVERY_DAYS} (scans every
 *                        {@code assessmentEveryDays} days from day 0, and at the horizon), or
 *                        {@value #CONTINUOUS} (the exact trajectory, nadirs just after doses
 *                        included)
 * @param assessmentEveryDays days between scans for {@value #EVERY_DAYS}, else null
 */
public record EndpointSettings(double cellsPerCm3, double partialResponseChange, double progressionChange,
                               double detectableCells, String assessment, Double assessmentEveryDays) {

    /** Assess at baseline, just before each dose day, and at the horizon. */
    public static final String BEFORE_DOSES = "before_doses";
    /** Assess at fixed intervals. */
    public static final String EVERY_DAYS = "every_days";
    /** Assess on the exact trajectory. */
    public static final String CONTINUOUS = "continuous";
    /** The most scans a scenario may schedule ({@code assessment: N} over the horizon). */
    public static final int MAX_SCANS = 10_000;

    /** The defaults: 1e9 cells/cm³, -30 %, +20 %, 1e8 cells, assessed before each dose. */
    public static final EndpointSettings DEFAULT = new EndpointSettings(1e9, -0.30, 0.20, 1e8);

    /** The numeric keys of {@code endpoints:} ({@code assessment} is not a number). */
    public static final List<InputKey<EndpointSettings>> KEYS = List.of(
            InputKey.of("cells_per_cm3", InputRange.POSITIVE, EndpointSettings::cellsPerCm3, (e, v) -> new EndpointSettings(
                    v, e.partialResponseChange, e.progressionChange, e.detectableCells, e.assessment, e.assessmentEveryDays)),
            InputKey.of("partial_response_change", InputRange.SHRINKAGE, EndpointSettings::partialResponseChange,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, v, e.progressionChange, e.detectableCells, e.assessment,
                            e.assessmentEveryDays)),
            InputKey.of("progression_change", InputRange.POSITIVE, EndpointSettings::progressionChange,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, e.partialResponseChange, v, e.detectableCells,
                            e.assessment, e.assessmentEveryDays)),
            InputKey.of("detectable_cells", InputRange.POSITIVE, EndpointSettings::detectableCells,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, e.partialResponseChange, e.progressionChange, v,
                            e.assessment, e.assessmentEveryDays)));

    /** Settings assessed before each dose ({@value #BEFORE_DOSES}). */
    public EndpointSettings(double cellsPerCm3, double partialResponseChange, double progressionChange,
                            double detectableCells) {
        this(cellsPerCm3, partialResponseChange, progressionChange, detectableCells, BEFORE_DOSES, null);
    }

    public EndpointSettings {
        if (!(BEFORE_DOSES.equals(assessment) || CONTINUOUS.equals(assessment) || EVERY_DAYS.equals(assessment))) {
            throw new IllegalArgumentException("assessment must be " + BEFORE_DOSES + ", " + CONTINUOUS
                    + " or a number of days between scans (got " + assessment + ")");
        }
        if (EVERY_DAYS.equals(assessment) != (assessmentEveryDays != null)) {
            throw new IllegalArgumentException("assessmentEveryDays is given exactly when assessment is " + EVERY_DAYS);
        }
        if (assessmentEveryDays != null && !(assessmentEveryDays > 0 && Double.isFinite(assessmentEveryDays))) {
            throw new IllegalArgumentException("days between scans must be a finite number > 0 (got "
                    + assessmentEveryDays + ")");
        }
        if (!(cellsPerCm3 > 0) || !Double.isFinite(cellsPerCm3)) {
            throw new IllegalArgumentException("cells_per_cm3 must be a finite number > 0 (got " + cellsPerCm3 + ")");
        }
        if (!(partialResponseChange > -1 && partialResponseChange < 0)) {
            throw new IllegalArgumentException("partial_response_change must be in (-1, 0) (got " + partialResponseChange + ")");
        }
        if (!(progressionChange > 0) || !Double.isFinite(progressionChange)) {
            throw new IllegalArgumentException("progression_change must be a finite number > 0 (got " + progressionChange + ")");
        }
        if (!(detectableCells > 0) || !Double.isFinite(detectableCells)) {
            throw new IllegalArgumentException("detectable_cells must be a finite number > 0 (got " + detectableCells + ")");
        }
    }
}
