package org.aftermath.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aftermath.cohort.run.CohortJob;
import org.aftermath.cohort.run.CohortMerge;
import org.aftermath.cohort.run.CohortProgress;
import org.aftermath.cohort.run.CohortReport;
import org.aftermath.cohort.run.CohortRun;
import org.aftermath.cohort.run.PatientOutcome;
import org.aftermath.cohort.run.PatientTask;
import org.aftermath.cohort.run.ScenarioFiles;
import org.aftermath.cohort.sensitivity.SaltelliDesign;
import org.aftermath.cohort.sensitivity.ScenarioOutcomeFunction;
import org.aftermath.cohort.sensitivity.ScenarioSensitivity;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.IndexedSink;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on an embedded {@code local[2,4]} context (two task slots, a task may fail three times): the same
 * cohort files as the local engine for any partition count, after a task lost mid-run and retried, after a resumed
 * kill, and with failed patients; one worker per task slot, reused across partitions.
 */
class SparkCohortTest {

    private static final String VERSION = "test";
    /** Three kill-fraction courses, two varied inputs: cheap patients (a few ms each). */
    static final String KILL_COHORT = """
            name: kill-cohort
            days: 63
            tumor:
              cells: 1.0e9
              growth: {law: exponential, doubling_days: 10}
            treatments:
              - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 21, cycles: 3}
            variability:
              tumor.growth.doubling_days: {lognormal: {median: 10, cv: 0.5}}
              treatments.chemo.kill_fraction: {uniform: {min: 0.5, max: 0.99}}
            correlations:
              - [tumor.growth.doubling_days, treatments.chemo.kill_fraction, 0.3]
            """;

    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,4]").setAppName("SparkCohortTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.extraListeners", TaskLog.class.getName()));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @BeforeEach
    void forgetTasks() {
        TaskLog.clear();
    }

    private CohortJob job(String yaml, long patients, long seed) throws IOException {
        Path file = dir.resolve("cohort-" + seed + ".yaml");
        Files.writeString(file, yaml);
        return CohortJob.read(file, seed, patients, CohortJob.Options.DEFAULT);
    }

    private static CohortRun.Result run(CohortJob job, IndexedExecutor executor, Path folder, boolean resume)
            throws IOException {
        return new CohortRun(job, executor, VERSION, CohortReport.NONE, CohortProgress.NONE).run(folder, resume);
    }

    private static SparkIndexedExecutor sparkWith(int partitions, TaskHook hook) {
        return new SparkIndexedExecutor(spark, false, new Partitioning(partitions, 4, 1000, 0), hook);
    }

    static void assertSameBytes(Path expected, Path actual) throws IOException {
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertThat(Files.readAllBytes(actual.resolve(f))).as(f).isEqualTo(Files.readAllBytes(expected.resolve(f)));
        }
    }

    /** @return the task log once the listener has seen tasks that computed {@code indices} in all */
    static List<TaskLog.Task> tasksComputing(long indices) throws InterruptedException {
        return tasksComputing(indices, null);
    }

    /**
     * @param group a job group: only its jobs' tasks count and are returned; null for every task
     * @return the task log once the listener has seen tasks that computed {@code indices} in all
     */
    static List<TaskLog.Task> tasksComputing(long indices, String group) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<TaskLog.Task> tasks = TaskLog.tasks().stream()
                    .filter(t -> group == null || group.equals(t.group())).toList();
            long sum = tasks.stream().filter(TaskLog.Task::succeeded).mapToLong(TaskLog.Task::computed).sum();
            if (sum >= indices || System.nanoTime() > deadline) {
                return tasks;
            }
            Thread.sleep(20);
        }
    }

    /**
     * The same engine serves a sensitivity design (issue 15 item 3): a Saltelli design of the kill cohort's inputs,
     * run through Spark in three partitions, gives the local engine's outcomes exactly, computed in Spark tasks.
     */
    @Test
    void aSensitivityDesignRunsOnSparkWithTheLocalEnginesOutcomes() throws Exception {
        String uncorrelated = KILL_COHORT.substring(0, KILL_COHORT.indexOf("correlations:"));
        ScenarioFiles files = ScenarioFiles.of("kill-cohort.yaml", uncorrelated);
        Scenario scenario = files.scenario();
        double[][] rows = new SaltelliDesign(ScenarioSensitivity.inputs(scenario, true), 8,
                SaltelliDesign.Sampling.SOBOL, 0).points();
        double[] local;
        try (IndexedExecutor threads = new LocalIndexedExecutor(2)) {
            local = new ScenarioOutcomeFunction(files, scenario.variability().paths(), Outcome.LOG10_FINAL_BURDEN,
                    RunOptions.DEFAULT, threads, () -> { }).evaluateAll(rows);
        }
        double[] onSpark = new ScenarioOutcomeFunction(files, scenario.variability().paths(), Outcome.LOG10_FINAL_BURDEN,
                RunOptions.DEFAULT, sparkWith(3, TaskHook.NONE), () -> { }).evaluateAll(rows);
        assertThat(onSpark).isEqualTo(local);
        assertThat(local).hasSize(32).doesNotContain(Double.NaN);
        List<TaskLog.Task> tasks = tasksComputing(rows.length);
        assertThat(tasks.stream().mapToLong(TaskLog.Task::computed).sum()).isEqualTo(rows.length);
    }

    @Test
    void partitionCountsOneThreeAndSevenWriteTheLocalEnginesBytes() throws Exception {
        CohortJob job = job(KILL_COHORT, 60, 11);
        run(job, new LocalIndexedExecutor(2), dir.resolve("local"), false);
        for (int partitions : new int[] {1, 3, 7}) {
            TaskLog.clear();
            CohortRun.Result r = run(job, sparkWith(partitions, TaskHook.NONE), dir.resolve("p" + partitions), false);
            assertSameBytes(dir.resolve("local"), dir.resolve("p" + partitions));
            assertThat(r.manifest().details().executor()).isEqualTo("spark");
            List<TaskLog.Task> tasks = tasksComputing(60);
            assertThat(tasks).as("one task per partition").hasSize(partitions).allMatch(TaskLog.Task::succeeded);
            assertThat(tasks.stream().mapToLong(TaskLog.Task::computed).sum()).isEqualTo(60);
        }
    }

    @Test
    void aTaskLostMidRunIsRetriedAndTheBytesStillMatch() throws Exception {
        CohortJob job = job(KILL_COHORT, 60, 12);
        run(job, new LocalIndexedExecutor(2), dir.resolve("local"), false);
        // the first attempt of the task holding patient 31 dies after computing 11 of its 20 patients (20..39)
        TaskHook loseTask = index -> {
            if (index == 31 && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("injected loss of a task attempt");
            }
        };
        run(job, sparkWith(3, loseTask), dir.resolve("spark"), false);
        assertSameBytes(dir.resolve("local"), dir.resolve("spark"));

        List<TaskLog.Task> tasks = tasksComputing(60);
        assertThat(tasks).hasSize(4);
        assertThat(tasks).filteredOn(t -> !t.succeeded()).singleElement()
                .satisfies(t -> assertThat(t.attempt()).isZero());
        TaskLog.Task retried = tasks.stream().filter(t -> t.attempt() == 1).findFirst().orElseThrow();
        assertThat(retried.succeeded()).isTrue();
        assertThat(retried.computed()).as("the retried attempt produced the partition's rows").isEqualTo(20);
    }

    @Test
    void aKilledSparkRunResumesOnlyTheMissingRangeToTheSameBytes() throws Exception {
        CohortJob job = job(KILL_COHORT, 50, 13);
        run(job, new LocalIndexedExecutor(2), dir.resolve("local"), false);
        Path killed = dir.resolve("killed");
        assertThatThrownBy(() -> run(job, dyingAfter(sparkWith(5, TaskHook.NONE), 23), killed, false))
                .hasMessage("killed");
        assertThat(Files.readString(killed.resolve(CohortRun.MANIFEST))).contains("\"complete\" : false");

        // the killed run's cancelled jobs may still report tasks after it stopped: the resumed run's jobs are told
        // apart by their job group
        TaskLog.clear();
        spark.setJobGroup("resumed", "the resumed run", false);
        CohortRun.Result resumed;
        try {
            resumed = run(job, sparkWith(4, TaskHook.NONE), killed, true);
        } finally {
            spark.clearJobGroup();
        }
        assertThat(resumed.resumedFrom()).isEqualTo(23);
        assertSameBytes(dir.resolve("local"), killed);
        List<TaskLog.Task> tasks = tasksComputing(50 - resumed.resumedFrom(), "resumed");
        assertThat(tasks.stream().mapToLong(TaskLog.Task::computed).sum()).as("only the missing patients ran")
                .isEqualTo(50 - resumed.resumedFrom());
    }

    @Test
    void aShardRunOnSparkMergesWithOneRunLocallyIntoTheSingleRunsBytes() throws Exception {
        CohortJob job = job(KILL_COHORT, 30, 15);
        run(job, new LocalIndexedExecutor(2), dir.resolve("whole"), false);
        CohortRun local = new CohortRun(job, new LocalIndexedExecutor(1), VERSION, CohortReport.NONE,
                CohortProgress.NONE);
        CohortRun spark = new CohortRun(job, sparkWith(2, TaskHook.NONE), VERSION, CohortReport.NONE,
                CohortProgress.NONE);
        local.shard(1, 2).run(dir.resolve("s1"), false);
        spark.shard(2, 2).run(dir.resolve("s2"), false);
        new CohortMerge(CohortReport.NONE).merge(List.of(dir.resolve("s1"), dir.resolve("s2")), dir.resolve("merged"));
        assertSameBytes(dir.resolve("whole"), dir.resolve("merged"));
    }

    @Test
    void failedPatientsAreTheSameRowsOnSparkAsLocally() throws Exception {
        String failing = KILL_COHORT.replace("{lognormal: {median: 10, cv: 0.5}}", "{uniform: {min: 0.02, max: 0.2}}");
        CohortJob job = job(failing, 16, 3);
        CohortRun.Result local = run(job, new LocalIndexedExecutor(2), dir.resolve("local"), false);
        assertThat(local.summary().failedPatients()).isPositive();
        run(job, sparkWith(3, TaskHook.NONE), dir.resolve("spark"), false);
        assertSameBytes(dir.resolve("local"), dir.resolve("spark"));
    }

    @Test
    void oneWorkerPerTaskSlotServesEveryPartition() throws Exception {
        CountingTask task = new CountingTask(job(KILL_COHORT, 21, 14));
        CountingTask.WORKERS.set(0);
        AtomicLong next = new AtomicLong();
        sparkWith(7, TaskHook.NONE).execute(task, 0, 21, (i, o) -> assertThat(i).isEqualTo(next.getAndIncrement()));
        assertThat(next.get()).isEqualTo(21);
        // local[2] has two task slots; seven partitions share their workers
        assertThat(CountingTask.WORKERS.get()).isBetween(1, 2);
    }

    @Test
    void anIndexThatFailsIsRaisedAfterTheEarlierResultsWithoutRetries() throws Exception {
        IndexedTask<Long> failsAt9 = () -> index -> {
            if (index == 9) {
                throw new IllegalArgumentException("index 9 is bad");
            }
            return index * index;
        };
        List<Long> seen = new java.util.ArrayList<>();
        assertThatThrownBy(() -> sparkWith(4, TaskHook.NONE).execute(failsAt9, 0, 16, (i, r) -> seen.add(r)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("index 9 is bad");
        assertThat(seen).containsExactly(0L, 1L, 4L, 9L, 16L, 25L, 36L, 49L, 64L);
        assertThat(TaskLog.tasks()).allMatch(t -> t.attempt() == 0);
    }

    /** A cohort's patients, counting the workers built in this JVM. */
    record CountingTask(CohortJob job) implements IndexedTask<PatientOutcome> {
        static final AtomicInteger WORKERS = new AtomicInteger();

        @Override
        public Worker<PatientOutcome> worker() {
            WORKERS.incrementAndGet();
            return new PatientTask(job).worker();
        }
    }

    /** @return {@code executor} whose sink fails with "killed" after {@code rows} results, as a killed driver stops */
    static IndexedExecutor dyingAfter(IndexedExecutor executor, long rows) {
        AtomicLong delivered = new AtomicLong();
        return new IndexedExecutor() {
            @Override
            public <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException {
                executor.execute(task, from, to, (i, r) -> {
                    if (delivered.incrementAndGet() > rows) {
                        throw new IOException("killed");
                    }
                    sink.accept(i, r);
                });
            }
        };
    }
}
