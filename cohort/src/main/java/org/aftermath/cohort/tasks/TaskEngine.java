package org.aftermath.cohort.tasks;

import java.util.Map;

/**
 * A named way to run indexed tasks, found with {@link java.util.ServiceLoader}: a distributed engine ships a jar
 * with an implementation listed in {@code META-INF/services/org.aftermath.cohort.tasks.TaskEngine}, and
 * {@code --engine NAME} of the commands that run many independent computations ({@code cohort}, {@code fit}) uses
 * it. The built-in engine is {@value TaskEngines#LOCAL} ({@link LocalIndexedExecutor}).
 */
public interface TaskEngine {

    /** @return the name {@code --engine} selects, {@code [a-z0-9-]+} */
    String name();

    /**
     * @param threads the worker threads requested on this machine (&ge; 1); engines that run elsewhere may ignore it
     * @return an executor
     */
    IndexedExecutor executor(int threads);

    /**
     * An executor configured by the user ({@code --engine-conf KEY=VALUE}). The default takes no options.
     *
     * @param threads the worker threads requested on this machine (&ge; 1)
     * @param options engine settings, key to value, in the order given
     * @return an executor; close it when done
     * @throws IllegalArgumentException naming the key or value the engine does not take, or saying why the engine
     *                                  cannot start (e.g. an unreachable cluster)
     */
    default IndexedExecutor executor(int threads, Map<String, String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("engine '" + name() + "' takes no --engine-conf settings (got "
                    + String.join(", ", options.keySet()) + ")");
        }
        return executor(threads);
    }
}
