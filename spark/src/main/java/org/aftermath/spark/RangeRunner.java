package org.aftermath.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.aftermath.cohort.tasks.IndexRange;
import org.aftermath.cohort.tasks.IndexedTask;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * What a Spark task does with its partition, one {@link IndexRange}: takes a worker of the broadcast task from the
 * executor's {@link WorkerPool}, computes the range's indices in order and returns them as one {@link Part}.
 *
 * <p>A {@link RuntimeException} of an index (or of building the worker) is the task's answer, not a lost task: it ends
 * the part, which carries it back to the driver, which raises it after the earlier results, as on every engine (the
 * result of an index depends only on the task and the index, so running it again would fail again). Anything else
 * that stops the task — an {@link Error}, a lost executor, a failure of the {@link TaskHook} — fails the Spark task,
 * which Spark runs again (up to {@code spark.task.maxFailures} attempts); the new attempt computes the range afresh.
 *
 * @param <R> the result of one index
 */
final class RangeRunner<R> implements FlatMapFunction<Iterator<IndexRange>, RangeRunner.Part<R>> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<IndexedTask<R>> task;
    private final LongAccumulator computed;
    private final TaskHook hook;

    /**
     * @param task     the broadcast task
     * @param computed counts the indices computed (per task attempt, in Spark's task metrics)
     * @param hook     runs before each index ({@link TaskHook#NONE})
     */
    RangeRunner(Broadcast<IndexedTask<R>> task, LongAccumulator computed, TaskHook hook) {
        this.task = task;
        this.computed = computed;
        this.hook = hook;
    }

    /**
     * The results of one partition.
     *
     * @param results the results of the range's first indices, in order
     * @param failure why the next index failed, or null if the range is complete
     * @param <R>     the result of one index
     */
    record Part<R>(List<R> results, RuntimeException failure) implements Serializable {
    }

    @Override
    public Iterator<Part<R>> call(Iterator<IndexRange> ranges) {
        List<Part<R>> parts = new ArrayList<>(1);
        while (ranges.hasNext()) {
            parts.add(run(ranges.next()));
        }
        return parts.iterator();
    }

    private Part<R> run(IndexRange range) {
        List<R> results = new ArrayList<>((int) Math.min(range.size(), Integer.MAX_VALUE - 8));
        IndexedTask.Worker<R> worker;
        try {
            worker = WorkerPool.borrow(task.id(), task.value());
        } catch (RuntimeException e) {
            return new Part<>(results, e);
        }
        boolean reusable = false;
        try {
            for (long i = range.from(); i < range.to(); i++) {
                hook.beforeIndex(i);
                R result;
                try {
                    result = worker.run(i);
                } catch (RuntimeException e) {
                    return new Part<>(results, e);
                }
                if (result == null) {
                    return new Part<>(results, new IllegalStateException("index " + i + " gave no result"));
                }
                results.add(result);
                computed.add(1);
            }
            reusable = true;
            return new Part<>(results, null);
        } finally {
            if (reusable) {
                WorkerPool.release(task.id(), worker);
            } else {
                worker.close();
            }
        }
    }
}
