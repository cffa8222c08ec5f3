package org.aftermath.cohort.run;

import java.util.Objects;
import org.aftermath.cohort.tasks.IndexedTask;

/**
 * The patients of a cohort as an {@link IndexedTask}: index {@code i} is patient {@code i}, computed by a
 * {@link PatientSimulator} built from the job (one per worker).
 *
 * @param job the cohort
 */
public record PatientTask(CohortJob job) implements IndexedTask<PatientOutcome> {

    public PatientTask {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public Worker<PatientOutcome> worker() {
        PatientSimulator simulator = new PatientSimulator(job);
        return simulator::simulate;
    }
}
