package org.aftermath.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.cohort.tasks.IndexedTask;

/**
 * The idle workers of this JVM (an executor, or the driver in local mode), by the broadcast that shipped their task.
 * A partition borrows a worker, runs its range and returns it, so an executor builds one worker per concurrently
 * running task slot and reuses it for every later partition of the same task: a cohort's scenario is read and its
 * model compiled once per slot (the kernel's class cache holds one compiled class per model per JVM). Workers of the
 * {@value #TASKS} most recently used tasks are kept; older ones are closed.
 */
final class WorkerPool {

    /** Tasks whose idle workers are kept. */
    static final int TASKS = 4;

    private static final Map<Long, Deque<IndexedTask.Worker<?>>> IDLE = new LinkedHashMap<>(8, 0.75f, true);

    private WorkerPool() {
    }

    /**
     * @param id   the broadcast id of the task
     * @param task the task
     * @param <R>  its result
     * @return an idle worker of the task, or a new one
     */
    @SuppressWarnings("unchecked")
    static <R> IndexedTask.Worker<R> borrow(long id, IndexedTask<R> task) {
        synchronized (IDLE) {
            Deque<IndexedTask.Worker<?>> idle = IDLE.get(id);
            if (idle != null && !idle.isEmpty()) {
                return (IndexedTask.Worker<R>) idle.pop();
            }
        }
        return task.worker();
    }

    /** Returns a worker that finished its range in good order. */
    static void release(long id, IndexedTask.Worker<?> worker) {
        Deque<IndexedTask.Worker<?>> evicted = new ArrayDeque<>();
        synchronized (IDLE) {
            IDLE.computeIfAbsent(id, k -> new ArrayDeque<>()).push(worker);
            Iterator<Map.Entry<Long, Deque<IndexedTask.Worker<?>>>> eldest = IDLE.entrySet().iterator();
            while (IDLE.size() > TASKS && eldest.hasNext()) {
                evicted.addAll(eldest.next().getValue());
                eldest.remove();
            }
        }
        evicted.forEach(IndexedTask.Worker::close);
    }

    /** Closes the idle workers of a finished task (in this JVM; executors elsewhere evict them by age). */
    static void forget(long id) {
        Deque<IndexedTask.Worker<?>> idle;
        synchronized (IDLE) {
            idle = IDLE.remove(id);
        }
        if (idle != null) {
            idle.forEach(IndexedTask.Worker::close);
        }
    }

    /** @return the idle workers of a task in this JVM (for tests) */
    static int idle(long id) {
        synchronized (IDLE) {
            Deque<IndexedTask.Worker<?>> idle = IDLE.get(id);
            return idle == null ? 0 : idle.size();
        }
    }
}
