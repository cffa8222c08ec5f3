package org.aftermath.cohort.run;

import java.io.IOException;

/** Receives patient outcomes from a {@link CohortExecutor}, one call at a time, in ascending index order. */
@FunctionalInterface
public interface OutcomeSink {

    /**
     * @param outcome the next patient's outcome
     * @throws IOException if it cannot be stored; the executor stops and rethrows it
     */
    void accept(PatientOutcome outcome) throws IOException;
}
