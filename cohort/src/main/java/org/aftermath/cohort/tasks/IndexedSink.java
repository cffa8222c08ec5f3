package org.aftermath.cohort.tasks;

import java.io.IOException;

/**
 * Receives the results of an {@link IndexedExecutor}, one call at a time, from the thread that called
 * {@link IndexedExecutor#execute}, in ascending index order.
 *
 * @param <R> the result of one index
 */
@FunctionalInterface
public interface IndexedSink<R> {

    /**
     * @param index  the index
     * @param result its result
     * @throws IOException if it cannot be stored; the executor stops its workers and rethrows it
     */
    void accept(long index, R result) throws IOException;
}
