package org.aftermath.cohort.run;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.aftermath.runner.BestResponse;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunSummary;

/**
 * What one virtual patient's run produced: a row of {@code patients.csv} plus the burden on the band grid.
 * Serializable so that distributed executors can ship it back to the driver.
 *
 * <p>A patient whose run failed ({@link #failed}) keeps its index, seed and draws; its outcomes are NaN and
 * {@code failure} says why. Every engine records such a patient the same way and goes on with the next one (the
 * failed-patient policy, {@link PatientSimulator#simulate}).
 *
 * @param index      patient index in the cohort (&ge; 0)
 * @param seed       the patient's seed ({@link org.aftermath.cohort.sampling.PatientSeeds#patientSeed})
 * @param drawn      the drawn inputs, in the scenario's variability order
 * @param outcomes   the {@link #RECORDED} outcomes as {@link Outcome#read} gives them (a progression that did not
 *                   happen is NaN); all NaN if failed
 * @param gridBurden living cancer cells on the band grid ({@link Grid#days}), cells; NaN if failed
 * @param failure    why the patient's run failed (one line), or null if it completed
 */
public record PatientOutcome(long index, long seed, double[] drawn, double[] outcomes, double[] gridBurden,
                             String failure) implements Serializable {

    /**
     * The outcomes a cohort records per patient, in the order of their {@code patients.csv} columns. A new cohort
     * outcome is an {@link Outcome} and its entry here.
     */
    public static final List<Outcome> RECORDED = List.of(Outcome.FINAL_BURDEN, Outcome.NADIR, Outcome.NADIR_DAY,
            Outcome.BEST_RESPONSE, Outcome.PROGRESSION_DAY, Outcome.PROGRESSION_FREE);

    public PatientOutcome {
        if (outcomes.length != RECORDED.size()) {
            throw new IllegalArgumentException("patient " + index + ": " + outcomes.length + " outcomes, expected "
                    + RECORDED.size());
        }
        drawn = drawn.clone();
        outcomes = outcomes.clone();
        gridBurden = gridBurden.clone();
    }

    /**
     * @param index      patient index
     * @param seed       the patient's seed
     * @param drawn      the drawn inputs
     * @param run        the patient's run
     * @param gridBurden the burden on the band grid
     * @return a completed patient with the {@link #RECORDED} outcomes read from its run
     */
    public static PatientOutcome of(long index, long seed, double[] drawn, RunSummary run, double[] gridBurden) {
        double[] values = new double[RECORDED.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = RECORDED.get(k).read(run);
        }
        return new PatientOutcome(index, seed, drawn, values, gridBurden, null);
    }

    /**
     * @param index   patient index
     * @param seed    the patient's seed
     * @param drawn   the drawn inputs
     * @param grid    number of band-grid days
     * @param failure why the run failed; line breaks become spaces
     * @return a failed patient: outcomes NaN
     */
    public static PatientOutcome failed(long index, long seed, double[] drawn, int grid, String failure) {
        double[] nan = new double[grid];
        Arrays.fill(nan, Double.NaN);
        double[] none = new double[RECORDED.size()];
        Arrays.fill(none, Double.NaN);
        String reason = Objects.requireNonNull(failure, "failure").strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return new PatientOutcome(index, seed, drawn, none, nan, reason.isEmpty() ? "failed" : reason);
    }

    /** @return true if the patient's run completed (it has outcomes) */
    public boolean completed() {
        return failure == null;
    }

    /**
     * @param o one of the {@link #RECORDED} outcomes
     * @return its value for this patient (NaN if the patient failed)
     * @throws IllegalArgumentException if a cohort does not record {@code o}
     */
    public double value(Outcome o) {
        int k = RECORDED.indexOf(o);
        if (k < 0) {
            throw new IllegalArgumentException("a cohort does not record " + o.id());
        }
        return outcomes[k];
    }

    /** @return the best response, or null for a failed patient */
    public BestResponse bestResponse() {
        return completed() ? BestResponse.values()[(int) value(Outcome.BEST_RESPONSE)] : null;
    }

    /** @return true if the disease did not progress within the horizon (false for a failed patient) */
    public boolean progressionFree() {
        return completed() && value(Outcome.PROGRESSION_FREE) != 0;
    }

    @Override
    public double[] drawn() {
        return drawn.clone();
    }

    @Override
    public double[] outcomes() {
        return outcomes.clone();
    }

    @Override
    public double[] gridBurden() {
        return gridBurden.clone();
    }
}
