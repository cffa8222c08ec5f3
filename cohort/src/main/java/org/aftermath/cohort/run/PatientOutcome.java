package org.aftermath.cohort.run;

import java.io.Serializable;
import java.util.Objects;
import org.aftermath.runner.BestResponse;

/**
 * What one virtual patient's run produced: a row of {@code patients.csv} plus the burden on the band grid.
 * Serializable so that distributed executors can ship it back to the driver.
 *
 * @param index             patient index in the cohort (&ge; 0)
 * @param seed              the patient's seed ({@link org.aftermath.cohort.sampling.PatientSeeds#patientSeed})
 * @param drawn             the drawn inputs, in the scenario's variability order
 * @param finalBurden       living cancer cells at the horizon (cells)
 * @param nadirBurden       smallest burden reached (cells)
 * @param nadirDay          first day the smallest burden was reached (days)
 * @param bestResponse      RECIST-style best response ({@link org.aftermath.runner.Endpoints})
 * @param progressionDay    first day progression was seen (days), or NaN if none within the horizon
 * @param gridBurden        living cancer cells on the band grid ({@link Grid#days}), cells
 */
public record PatientOutcome(long index, long seed, double[] drawn, double finalBurden, double nadirBurden,
                             double nadirDay, BestResponse bestResponse, double progressionDay,
                             double[] gridBurden) implements Serializable {

    public PatientOutcome {
        Objects.requireNonNull(bestResponse, "bestResponse");
        drawn = drawn.clone();
        gridBurden = gridBurden.clone();
    }

    /** @return true if the disease did not progress within the horizon */
    public boolean progressionFree() {
        return Double.isNaN(progressionDay);
    }

    @Override
    public double[] drawn() {
        return drawn.clone();
    }

    @Override
    public double[] gridBurden() {
        return gridBurden.clone();
    }
}
