package org.aftermath.cohort.run;

import java.io.IOException;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.IndexedSink;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.cohort.tasks.TaskEngine;

/**
 * A second engine, found through {@link java.util.ServiceLoader} as a distributed one would be: it runs the range as
 * one partition would, one worker built from the task, indices in order.
 */
public final class SequentialEngine implements TaskEngine {

    @Override
    public String name() {
        return "sequential-test";
    }

    @Override
    public IndexedExecutor executor(int threads) {
        return new IndexedExecutor() {
            @Override
            public <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException {
                try (IndexedTask.Worker<R> partition = task.worker()) {
                    for (long i = from; i < to; i++) {
                        sink.accept(i, partition.run(i));
                    }
                }
            }

            @Override
            public String name() {
                return "sequential-test";
            }
        };
    }
}
