package org.aftermath.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aftermath.cohort.run.CohortJob;
import org.aftermath.cohort.run.PatientTask;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.runner.RunOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cohort throughput: {@code patients} virtual patients of examples/figure-3c-cohort.yaml through
 * {@link LocalIndexedExecutor} on {@code threads} threads, with the integrator and tolerances of
 * {@link RunOptions#COHORT}. One operation is the whole cohort (single shot); patients per
 * second = patients / seconds per operation, printed after each iteration together with the
 * heap in use after a full collection. Run with
 * {@code java -jar bench/target/benchmarks.jar CohortThroughput -p patients=1000 -p threads=2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CohortThroughputBenchmark {

    @Param({"1000"})
    public long patients;

    @Param({"2"})
    public int threads;

    private CohortJob job;
    private long delivered;
    private long started;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Path.of(System.getProperty("aftermath.examples", "examples"), "figure-3c-cohort.yaml");
        job = CohortJob.read(file, 1L, patients, new CohortJob.Options(RunOptions.COHORT.integrator(),
                RunOptions.COHORT.tolerances(), RunOptions.COHORT.outputStep()));
    }

    @Setup(Level.Iteration)
    public void startClock() {
        started = System.nanoTime();
    }

    @Benchmark
    public long cohort() throws Exception {
        long[] count = {0};
        new LocalIndexedExecutor(threads).execute(new PatientTask(job), 0, patients, (index, outcome) -> count[0]++);
        delivered = count[0];
        return delivered;
    }

    @TearDown(Level.Iteration)
    public void report() {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%n  %d patients on %d threads: %.1f patients/s; heap in use after GC %.1f MB%n",
                delivered, threads, delivered / seconds, (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }
}
