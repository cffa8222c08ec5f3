package org.aftermath.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import org.aftermath.cohort.tasks.IndexRange;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.IndexedSink;
import org.aftermath.cohort.tasks.IndexedTask;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs indexed tasks (cohort patients, fit starts) on Apache Spark. The index range is cut into contiguous
 * partitions ({@link Partitioning}); the task is broadcast once; each partition is one Spark job of one task whose
 * {@link RangeRunner} computes its indices on an executor with a worker reused across partitions
 * ({@link WorkerPool}); the driver keeps a window of partitions in flight and hands each partition's results to the
 * sink as soon as every earlier partition's were, so rows reach the writers in index order while the cluster works
 * ahead, and the driver holds at most the window's results. Because an index's result depends only on the task and
 * the index, the results are the same for any partition count, executor count or retried task.
 *
 * <p>Failures: a lost task attempt (executor lost, {@link Error}) is retried by Spark up to
 * {@code spark.task.maxFailures}; an index that fails is raised after the earlier results, as on every engine.
 */
public final class SparkIndexedExecutor implements IndexedExecutor {

    /** The engine's name, as {@code --engine} selects it and manifests record it. */
    public static final String NAME = "spark";
    /** Name of the accumulator counting computed indices (visible per task in Spark's UI and listeners). */
    public static final String COMPUTED = "aftermath indices computed";

    private final JavaSparkContext spark;
    private final boolean owned;
    private final Partitioning partitioning;
    private final TaskHook hook;

    /**
     * @param spark        the Spark context
     * @param owned        stop the context on {@link #close()}
     * @param partitioning how to cut ranges
     * @param hook         runs in the tasks before each index ({@link TaskHook#NONE})
     */
    SparkIndexedExecutor(JavaSparkContext spark, boolean owned, Partitioning partitioning, TaskHook hook) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.owned = owned;
        this.partitioning = Objects.requireNonNull(partitioning, "partitioning");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * An executor on a running Spark context, which it does not stop; partitioning from the context's configuration.
     *
     * @param spark the Spark context
     * @return the executor
     * @throws IllegalArgumentException if a {@code spark.aftermath.*} setting is malformed
     */
    public static SparkIndexedExecutor on(JavaSparkContext spark) {
        return new SparkIndexedExecutor(spark, false, Partitioning.of(spark.getConf()), TaskHook.NONE);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the Spark context */
    public JavaSparkContext context() {
        return spark;
    }

    @Override
    public <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException {
        IndexRange all = new IndexRange(from, to);
        if (all.size() == 0) {
            return;
        }
        int cores = spark.defaultParallelism();
        List<IndexRange> parts = all.split(partitioning.count(all.size(), cores));
        int window = partitioning.window(cores);
        Broadcast<IndexedTask<R>> shipped = spark.broadcast(task);
        LongAccumulator computed = spark.sc().longAccumulator(COMPUTED);
        RangeRunner<R> runner = new RangeRunner<>(shipped, computed, hook);
        Deque<JavaFutureAction<List<RangeRunner.Part<R>>>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (IndexRange part : parts) {
                while (submitted < parts.size() && inFlight.size() < window) {
                    IndexRange next = parts.get(submitted++);
                    spark.setJobDescription("aftermath indices [" + next.from() + ", " + next.to() + ")");
                    inFlight.add(spark.parallelize(List.of(next), 1).mapPartitions(runner).collectAsync());
                }
                RangeRunner.Part<R> result = await(inFlight.removeFirst(), part);
                long i = part.from();
                for (R r : result.results()) {
                    sink.accept(i++, r);
                }
                if (result.failure() != null) {
                    throw result.failure();
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            WorkerPool.forget(shipped.id());
            shipped.destroy();
        }
    }

    private static <R> RangeRunner.Part<R> await(JavaFutureAction<List<RangeRunner.Part<R>>> job, IndexRange part) {
        try {
            List<RangeRunner.Part<R>> parts = job.get();
            if (parts.size() != 1) {
                throw new IllegalStateException("the Spark job of indices [" + part.from() + ", " + part.to()
                        + ") returned " + parts.size() + " parts, expected 1");
            }
            return parts.get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for indices [" + part.from() + ", "
                    + part.to() + ")", e);
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SparkJobException("the Spark job of indices [" + part.from() + ", " + part.to() + ") failed: "
                    + firstLine(cause.getMessage()), cause);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "no message" : text.strip().lines().findFirst().orElse("no message");
    }

    /** Stops the Spark context if this executor started it. */
    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }

    /** A Spark job failed for good (its task failed {@code spark.task.maxFailures} times, or it was cancelled). */
    public static final class SparkJobException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SparkJobException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
