/**
 * The Apache Spark engine of indexed tasks: {@code --engine spark} runs the patients of a cohort (and any other
 * {@link org.aftermath.cohort.tasks.IndexedTask}) on a Spark cluster, or embedded in the tool's own JVM, with the same
 * results, byte for byte, as the local engine.
 *
 * <ul>
 *   <li>{@link org.aftermath.spark.SparkEngine} is the {@link org.aftermath.cohort.tasks.TaskEngine} found by
 *       {@link java.util.ServiceLoader}; it starts Spark from {@code spark.*} settings (or embedded, {@code local[T]});</li>
 *   <li>{@link org.aftermath.spark.SparkIndexedExecutor} cuts the index range into partitions, broadcasts the task,
 *       computes each partition in a Spark task with a worker reused per executor, and streams the results back in
 *       index order with a bounded window;</li>
 *   <li>{@link org.aftermath.spark.SubmitMain} is the main class of the {@code spark-submit} jar.</li>
 * </ul>
 *
 * <p>Spark is a {@code provided} dependency: the command-line tool never depends on it; {@code mvn package} builds
 * {@code spark/target/aftermath-spark.jar} (the tool and this engine, Janino and ANTLR relocated so a cluster's
 * Spark SQL versions cannot clash) and copies Spark's own jars to {@code spark/target/spark-jars/} for the embedded
 * mode. Spark needs the Java options in {@code spark/java-options} on Java 17.
 */
package org.aftermath.spark;
