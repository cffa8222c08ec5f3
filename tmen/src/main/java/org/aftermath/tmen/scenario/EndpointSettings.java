package org.aftermath.tmen.scenario;

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
 */
public record EndpointSettings(double cellsPerCm3, double partialResponseChange, double progressionChange,
                               double detectableCells) {

    /** The defaults: 1e9 cells/cm³, -30 %, +20 %, 1e8 cells. */
    public static final EndpointSettings DEFAULT = new EndpointSettings(1e9, -0.30, 0.20, 1e8);

    public EndpointSettings {
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
