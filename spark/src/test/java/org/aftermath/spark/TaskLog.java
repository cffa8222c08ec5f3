package org.aftermath.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Records every finished Spark task attempt of this JVM: which partition, which attempt, whether it succeeded, how
 * many indices it computed ({@link SparkIndexedExecutor#COMPUTED}) and the job group of its job (set by the thread
 * that submitted it, {@code JavaSparkContext.setJobGroup}), so a test can tell one run's tasks from those a cancelled
 * run's jobs still report after it stopped. Registered on a test's context, or through
 * {@code spark.extraListeners=org.aftermath.spark.TaskLog} on a context the tool starts.
 */
public final class TaskLog extends SparkListener {

    /**
     * @param stage     stage id (one per partition job)
     * @param attempt   attempt number (0 first)
     * @param succeeded whether the attempt succeeded
     * @param computed  indices it computed (its accumulator update; 0 if none reported)
     * @param group     its job's group, or null
     */
    record Task(int stage, int attempt, boolean succeeded, long computed, String group) {
    }

    private static final List<Task> TASKS = new ArrayList<>();
    /** The job group of each stage, from the job-start events (which the listener bus delivers before its tasks'). */
    private static final Map<Integer, String> GROUPS = new HashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String group = start.properties() == null ? null : start.properties().getProperty("spark.jobGroup.id");
        synchronized (TASKS) {
            for (Object stage : CollectionConverters.asJava(start.stageIds())) {
                GROUPS.put((Integer) stage, group);
            }
        }
    }

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
                    computed, GROUPS.get(end.stageId())));
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
