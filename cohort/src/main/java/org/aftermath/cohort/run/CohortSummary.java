package org.aftermath.cohort.run;

import java.util.List;
import java.util.Map;

/**
 * {@code cohort-summary.json}: the cohort's outcome distribution, computed exactly from every patient.
 *
 * @param scenario           scenario name
 * @param patients           number of patients, completed and failed
 * @param failedPatients     patients whose run failed ({@link PatientOutcome#failed}); every statistic below is over
 *                           the {@code patients - failedPatients} completed ones
 * @param seed               cohort seed
 * @param quantileDefinition how the quantiles are computed ({@link Quantiles#DEFINITION})
 * @param burden             median and 5–95 % band of the burden on the grid
 * @param progressionFree    fraction progression-free by grid day
 * @param response           best-response counts and fractions, CR, PR, SD, PD in that order
 * @param objectiveResponse  fraction with CR or PR
 * @param inputs             distribution of each drawn input, in variability order
 */
public record CohortSummary(String scenario, long patients, long failedPatients, long seed,
                            String quantileDefinition, Bands burden, ProgressionFree progressionFree,
                            Map<String, Rate> response, double objectiveResponse, List<InputSummary> inputs) {

    /**
     * The burden's quantiles per grid day.
     *
     * @param unit   "cells" (living cancer cells)
     * @param days   grid days
     * @param p05    5 % quantile per day
     * @param median 50 % quantile per day
     * @param p95    95 % quantile per day
     */
    public record Bands(String unit, double[] days, double[] p05, double[] median, double[] p95) {
    }

    /**
     * Fraction of patients whose disease has not progressed by each grid day (progression on day d counts as
     * progressed on day d).
     *
     * @param days       grid days
     * @param fraction   fraction progression-free per day
     * @param atHorizon  fraction progression-free at the horizon (the last entry)
     * @param medianDays the first grid day on which the fraction is at most 0.5, or null if it stays above
     */
    public record ProgressionFree(double[] days, double[] fraction, double atHorizon, Double medianDays) {
    }

    /**
     * @param count    patients
     * @param fraction count / completed patients
     */
    public record Rate(long count, double fraction) {
    }

    /**
     * @param name   the input's scenario path
     * @param mean   sample mean
     * @param sd     sample standard deviation (n - 1 denominator; 0 for one patient)
     * @param min    smallest draw
     * @param p05    5 % quantile
     * @param median 50 % quantile
     * @param p95    95 % quantile
     * @param max    largest draw
     */
    public record InputSummary(String name, double mean, double sd, double min, double p05, double median, double p95,
                               double max) {
    }
}
