package org.aftermath.spark;

import java.io.Serializable;

/**
 * Runs inside a Spark task before each index: the seam through which tests lose a task mid-run (a hook that throws
 * fails the task attempt, which Spark retries, unlike a failure of the index itself; see {@link RangeRunner}).
 */
@FunctionalInterface
interface TaskHook extends Serializable {

    /** Does nothing. */
    TaskHook NONE = index -> { };

    /** @param index the index about to be computed */
    void beforeIndex(long index);
}
