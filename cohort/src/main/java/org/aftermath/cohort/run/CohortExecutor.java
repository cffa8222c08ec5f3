package org.aftermath.cohort.run;

import java.io.IOException;

/**
 * Runs a range of virtual patients of a {@link CohortJob}: the seam between the cohort's outputs and the engine that
 * computes them. An implementation receives only serialisable data — the job holds the scenario and model file
 * texts, never compiled classes or paths — so it can run patients anywhere: {@link LocalCohortExecutor} uses the
 * threads of this machine; a distributed engine (Apache Spark) would split {@code [from, to)} into index ranges,
 * {@code mapPartitions} over them with one {@link PatientSimulator} per partition built from the broadcast job, and
 * feed the rows back in index order (e.g. {@code toLocalIterator} over range-ordered partitions), without touching
 * the model, the outputs or the command line; it is plugged in as a {@link CohortEngine} found on the class path.
 *
 * <p>Contract: every index in {@code [from, to)} is simulated exactly once and handed to {@code sink} in ascending
 * index order, one call at a time, from the calling thread. A patient's outcome depends only on the job and its
 * index ({@link PatientSimulator#simulate}), so any engine gives the same rows.
 */
public interface CohortExecutor {

    /**
     * @param job  the cohort
     * @param from first patient index (inclusive, &ge; 0)
     * @param to   last patient index (exclusive, &ge; from, &le; the job's patient count)
     * @param sink receives the outcomes in index order
     * @throws IOException if the sink fails; rows before the failure have been delivered
     * @throws RuntimeException the first failure of a patient's simulation, after every earlier patient's row
     *                          was delivered
     */
    void execute(CohortJob job, long from, long to, OutcomeSink sink) throws IOException;

    /** @return how the manifest names this engine (default: the class's simple name) */
    default String name() {
        return getClass().getSimpleName();
    }
}
