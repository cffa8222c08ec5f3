package org.aftermath.cohort.tasks;

import java.io.Serializable;

/**
 * A numbered family of independent computations — the patients of a cohort, the starts of a multistart fit —
 * as plain, serialisable data: the task carries everything a worker needs (file texts, seeds, options), never
 * compiled classes, open files or paths of this machine, so an {@link IndexedExecutor} can run its indices
 * anywhere. The result of index {@code i} must depend only on the task and {@code i} (seeds derived from the
 * index, never from a thread or an order), so that every executor and thread count gives the same results.
 *
 * @param <R> the result of one index
 */
public interface IndexedTask<R> extends Serializable {

    /**
     * Builds what computes indices: once per worker thread (or per partition of a distributed engine), which
     * may then run many indices in any order. It may compile models and keep scratch space, so it is used from
     * one thread at a time.
     *
     * @return a fresh worker
     * @throws RuntimeException if the task cannot run at all (the executor raises it)
     */
    Worker<R> worker();

    /**
     * Computes single indices of one task.
     *
     * @param <R> the result of one index
     */
    interface Worker<R> extends AutoCloseable {

        /**
         * @param index an index of the task (&ge; 0)
         * @return its result, never null
         * @throws RuntimeException if this index fails; the executor raises it after every earlier result
         */
        R run(long index);

        /** Releases what the worker holds; the default holds nothing. */
        @Override
        default void close() {
        }
    }
}
