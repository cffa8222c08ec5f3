package org.aftermath.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Records every finished Spark task attempt of this JVM: which partition, which attempt, whether it succeeded and how
 * many indices it computed ({@link SparkIndexedExecutor#COMPUTED}). Registered on a test's context, or through
 * {@code spark.extraListeners=org.aftermath.spark.TaskLog} on a context the tool starts.
 */
public final class TaskLog extends SparkListener {

    /**
     * @param stage     stage id (one per partition job)
     * @param attempt   attempt number (0 first)
     * @param succeeded whether the attempt succeeded
     * @param computed  indices it computed (its accumulator update; 0 if none reported)
     */
    record Task(int stage, int attempt, boolean succeeded, long computed) {
    }

    private static final List<Task> TASKS = new ArrayList<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        long computed = 0;
        for (AccumulableInfo a : CollectionConverters.asJava(end.taskInfo().accumulables())) {
            if (a.name().isDefined() && a.name().get().equals(SparkIndexedExecutor.COMPUTED) && a.update().isDefined()) {
                computed += ((Number) a.update().get()).longValue();
            }
        }
        synchronized (TASKS) {
            TASKS.add(new Task(end.stageId(), end.taskInfo().attemptNumber(), end.reason() == Success$.MODULE$,
                    computed));
        }
    }

    /** @return the tasks recorded since the last {@link #clear()} */
    static List<Task> tasks() {
        synchronized (TASKS) {
            return List.copyOf(TASKS);
        }
    }

    /** Forgets the recorded tasks. */
    static void clear() {
        synchronized (TASKS) {
            TASKS.clear();
        }
    }
}
