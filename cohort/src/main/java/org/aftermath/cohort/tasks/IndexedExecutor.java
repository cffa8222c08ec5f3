package org.aftermath.cohort.tasks;

import java.io.IOException;

/**
 * Runs a range of indices of an {@link IndexedTask}: the one seam between what is computed (cohort patients, fit
 * starts, profile points) and where. {@link LocalIndexedExecutor} uses the threads of this machine; a distributed
 * engine (Apache Spark) splits {@code [from, to)} into index ranges, builds one {@link IndexedTask.Worker} per
 * partition from the broadcast task, and hands the results back in index order, without touching the model, the
 * outputs or the command line; it is plugged in by name as a {@link TaskEngine} found on the class path.
 *
 * <p>Contract: every index in {@code [from, to)} is computed exactly once and handed to {@code sink} in ascending
 * index order, one call at a time, from the calling thread. Because an index's result depends only on the task and
 * the index, every engine and thread count delivers the same results.
 */
public interface IndexedExecutor extends AutoCloseable {

    /**
     * @param task the task
     * @param from first index (inclusive, &ge; 0)
     * @param to   last index (exclusive, &ge; from)
     * @param sink receives the results in index order
     * @param <R>  the result of one index
     * @throws IOException if the sink fails; results before the failure have been delivered
     * @throws RuntimeException the first failure of an index (or of building a worker), after every earlier
     *                          index's result was delivered
     */
    <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException;

    /** @return how manifests name this engine (default: the class's simple name) */
    default String name() {
        return getClass().getSimpleName();
    }

    /** @return the worker threads on this machine, or null for an engine that runs elsewhere (the default) */
    default Integer threads() {
        return null;
    }

    /** Releases what the engine holds (a cluster connection); the default holds nothing. */
    @Override
    default void close() {
    }
}
