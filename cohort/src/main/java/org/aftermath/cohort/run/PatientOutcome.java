package org.aftermath.cohort.run;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.aftermath.runner.BestResponse;

/**
 * What one virtual patient's run produced: a row of {@code patients.csv} plus the burden on the band grid.
 * Serializable so that distributed executors can ship it back to the driver.
 *
 * <p>A patient whose run failed ({@link #failed}) keeps its index, seed and draws; its outcomes are NaN, its best
 * response null and {@code failure} says why. Every engine records such a patient the same way and goes on with the
 * next one (the failed-patient policy, {@link PatientSimulator#simulate}).
 *
 * @param index             patient index in the cohort (&ge; 0)
 * @param seed              the patient's seed ({@link org.aftermath.cohort.sampling.PatientSeeds#patientSeed})
 * @param drawn             the drawn inputs, in the scenario's variability order
 * @param finalBurden       living cancer cells at the horizon (cells); NaN if failed
 * @param nadirBurden       smallest burden reached (cells); NaN if failed
 * @param nadirDay          first day the smallest burden was reached (days); NaN if failed
 * @param bestResponse      RECIST-style best response ({@link org.aftermath.runner.Endpoints}); null if failed
 * @param progressionDay    first day progression was seen (days), or NaN if none within the horizon or failed
 * @param gridBurden        living cancer cells on the band grid ({@link Grid#days}), cells; NaN if failed
 * @param failure           why the patient's run failed (one line), or null if it completed
 */
public record PatientOutcome(long index, long seed, double[] drawn, double finalBurden, double nadirBurden,
                             double nadirDay, BestResponse bestResponse, double progressionDay,
                             double[] gridBurden, String failure) implements Serializable {

    public PatientOutcome {
        if ((bestResponse == null) == (failure == null)) {
            throw new IllegalArgumentException("patient " + index + ": a completed patient has a best response, a"
                    + " failed one a failure reason");
        }
        drawn = drawn.clone();
        gridBurden = gridBurden.clone();
    }

    /** A completed patient. */
    public PatientOutcome(long index, long seed, double[] drawn, double finalBurden, double nadirBurden,
                          double nadirDay, BestResponse bestResponse, double progressionDay, double[] gridBurden) {
        this(index, seed, drawn, finalBurden, nadirBurden, nadirDay, Objects.requireNonNull(bestResponse,
                "bestResponse"), progressionDay, gridBurden, null);
    }

    /**
     * @param index   patient index
     * @param seed    the patient's seed
     * @param drawn   the drawn inputs
     * @param grid    number of band-grid days
     * @param failure why the run failed; line breaks become spaces
     * @return a failed patient: outcomes NaN, no best response
     */
    public static PatientOutcome failed(long index, long seed, double[] drawn, int grid, String failure) {
        double[] nan = new double[grid];
        Arrays.fill(nan, Double.NaN);
        String reason = Objects.requireNonNull(failure, "failure").strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return new PatientOutcome(index, seed, drawn, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, nan,
                reason.isEmpty() ? "failed" : reason);
    }

    /** @return true if the patient's run completed (it has outcomes) */
    public boolean completed() {
        return failure == null;
    }

    /** @return true if the disease did not progress within the horizon (false for a failed patient) */
    public boolean progressionFree() {
        return completed() && Double.isNaN(progressionDay);
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
