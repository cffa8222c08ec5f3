package org.aftermath.spark;

import java.util.Map;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.TaskEngine;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@value SparkIndexedExecutor#NAME} engine ({@code --engine spark}): starts a Spark context and runs indexed tasks
 * on it ({@link SparkIndexedExecutor}).
 *
 * <p>Configuration comes, as for any Spark application, from {@code spark.*} Java system properties (which
 * {@code spark-submit} sets from its command line and {@code spark-defaults.conf}), then from {@code --engine-conf
 * KEY=VALUE}. Without a master (the tool started by {@code ./aftermath}, not by {@code spark-submit}) Spark runs
 * embedded, {@code local[T]} on the {@code --threads} T of this machine, with its web UI off, bound to the loopback
 * address and logging only errors.
 */
public final class SparkEngine implements TaskEngine {

    /** The log configuration of the embedded mode (errors only), a class-path resource. */
    static final String EMBEDDED_LOG_CONFIG = "org/aftermath/spark/log4j2-embedded.properties";
    private static final String MASTER = "spark.master";

    @Override
    public String name() {
        return SparkIndexedExecutor.NAME;
    }

    @Override
    public IndexedExecutor executor(int threads) {
        return executor(threads, Map.of());
    }

    /**
     * @param threads threads of the embedded {@code local[T]} master when no master is configured
     * @param options Spark settings ({@code spark.*} keys)
     * @throws IllegalArgumentException naming the setting that is not a Spark one or is malformed, or the master that
     *                                  is unreachable or that Spark cannot start with
     */
    @Override
    public IndexedExecutor executor(int threads, Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!key.startsWith("spark.")) {
                throw new IllegalArgumentException("--engine-conf: '" + key + "' is not a Spark setting (spark.*)");
            }
        }
        boolean embedded = System.getProperty(MASTER) == null && !options.containsKey(MASTER);
        if (embedded && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", EMBEDDED_LOG_CONFIG);
        }
        SparkConf conf = new SparkConf(true);
        options.forEach(conf::set);
        conf.setIfMissing(MASTER, "local[" + threads + "]");
        conf.setIfMissing("spark.app.name", "aftermath");
        String master = conf.get(MASTER);
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (options.containsKey(MASTER) || embedded) {
            // a master typed by the user is checked; spark-submit's is its own business (it may know other forms)
            Masters.check(master);
        }
        Partitioning partitioning = Partitioning.of(conf);
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Spark cannot start with master " + master + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("")),
                    e);
        }
        return new SparkIndexedExecutor(spark, true, partitioning, TaskHook.NONE);
    }
}
