package org.aftermath.cohort.run;

/**
 * A named way to run cohorts, found with {@link java.util.ServiceLoader}: a distributed engine ships a jar with
 * an implementation listed in {@code META-INF/services/org.aftermath.cohort.run.CohortEngine}, and
 * {@code aftermath cohort --engine NAME} uses it, with no change to the model, the outputs or the command line.
 * The built-in engine is {@value CohortEngines#LOCAL} ({@link LocalCohortExecutor}).
 */
public interface CohortEngine {

    /** @return the name {@code --engine} selects, {@code [a-z0-9-]+} */
    String name();

    /**
     * @param threads the worker threads requested on this machine (&ge; 1); engines that run elsewhere may ignore it
     * @return an executor
     */
    CohortExecutor executor(int threads);
}
