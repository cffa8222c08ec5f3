package org.aftermath.cohort.run;

/** Told after each patient row is written (from the writing thread); implementations throttle their own drawing. */
@FunctionalInterface
public interface CohortProgress {

    /** Draws nothing. */
    CohortProgress NONE = (done, total) -> { };

    /**
     * @param done  patients written so far, resumed ones included
     * @param total patients in the cohort
     */
    void written(long done, long total);
}
