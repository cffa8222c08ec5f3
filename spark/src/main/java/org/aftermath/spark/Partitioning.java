package org.aftermath.spark;

import org.apache.spark.SparkConf;

/**
 * How the Spark engine cuts an index range into partitions and how many it keeps in flight, from the Spark
 * configuration (each {@code spark.aftermath.*} key may be set with {@code --conf} or {@code --engine-conf}).
 *
 * @param partitions        a fixed number of partitions ({@value #PARTITIONS}), or 0 to choose: at least
 *                          {@code partitionsPerCore} per core of the cluster and at most {@code maxPartitionSize}
 *                          indices each
 * @param partitionsPerCore {@value #PARTITIONS_PER_CORE}, default {@value #DEFAULT_PARTITIONS_PER_CORE}: several per
 *                          core, so a slow partition does not leave the other cores idle at the end
 * @param maxPartitionSize  {@value #MAX_PARTITION_SIZE}, default {@value #DEFAULT_MAX_PARTITION_SIZE} indices: bounds
 *                          what one task returns to the driver and what a lost task recomputes
 * @param inFlight          {@value #IN_FLIGHT}: partitions computed or waiting beyond the oldest undelivered one, or 0
 *                          for twice the cluster's cores; bounds the driver's memory
 */
record Partitioning(int partitions, int partitionsPerCore, int maxPartitionSize, int inFlight) {

    /** Key of a fixed partition count. */
    static final String PARTITIONS = "spark.aftermath.partitions";
    /** Key of the partitions per core. */
    static final String PARTITIONS_PER_CORE = "spark.aftermath.partitionsPerCore";
    /** Key of the largest partition, in indices. */
    static final String MAX_PARTITION_SIZE = "spark.aftermath.maxPartitionSize";
    /** Key of the partitions in flight. */
    static final String IN_FLIGHT = "spark.aftermath.inFlightPartitions";
    static final int DEFAULT_PARTITIONS_PER_CORE = 4;
    static final int DEFAULT_MAX_PARTITION_SIZE = 1000;

    Partitioning {
        if (partitions < 0 || partitionsPerCore < 1 || maxPartitionSize < 1 || inFlight < 0) {
            throw new IllegalArgumentException("bad partitioning " + this);
        }
    }

    /**
     * @param conf the Spark configuration
     * @return its settings
     * @throws IllegalArgumentException naming the key whose value is not a whole number in its range
     */
    static Partitioning of(SparkConf conf) {
        return new Partitioning(positive(conf, PARTITIONS, 0, 0), positive(conf, PARTITIONS_PER_CORE,
                DEFAULT_PARTITIONS_PER_CORE, 1), positive(conf, MAX_PARTITION_SIZE, DEFAULT_MAX_PARTITION_SIZE, 1),
                positive(conf, IN_FLIGHT, 0, 1));
    }

    /**
     * @param indices number of indices to run (&ge; 1)
     * @param cores   the cluster's cores (Spark's default parallelism)
     * @return the number of partitions, in [1, indices]
     */
    int count(long indices, int cores) {
        long wanted = partitions > 0 ? partitions
                : Math.max((long) partitionsPerCore * Math.max(1, cores), (indices + maxPartitionSize - 1)
                / maxPartitionSize);
        return (int) Math.max(1, Math.min(Math.min(wanted, indices), Integer.MAX_VALUE));
    }

    /** @return the partitions kept in flight for a cluster of {@code cores} cores (&ge; 2) */
    int window(int cores) {
        return inFlight > 0 ? Math.max(2, inFlight) : Math.max(2, 2 * cores);
    }

    private static int positive(SparkConf conf, String key, int fallback, int min) {
        if (!conf.contains(key)) {
            return fallback;
        }
        String text = conf.get(key).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": must be a whole number >= " + Math.max(min, 1) + " (got '" + text
                + "')");
    }
}
