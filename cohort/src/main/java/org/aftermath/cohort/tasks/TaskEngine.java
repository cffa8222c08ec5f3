package org.aftermath.cohort.tasks;

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
}
