package org.aftermath.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aftermath cohort --engine spark} as a user runs it: Spark embedded in the tool's JVM ({@code local[2]} from
 * {@code --threads 2}), the same files as the local engine, patients computed in Spark tasks; bad input is one line
 * and exit status 2.
 */
class SparkCommandTest {

    @TempDir
    Path dir;

    /** @return the cheap cohort of {@link SparkCohortTest#KILL_COHORT} as a file */
    private String scenario() throws IOException {
        Path file = dir.resolve("kill-cohort.yaml");
        Files.writeString(file, SparkCohortTest.KILL_COHORT);
        return file.toString();
    }

    record Outcome(int status, String out, String err) {
    }

    static Outcome aftermath(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void twoHundredPatientsThroughLocalTwoAreTheLocalEnginesBytesComputedInSparkTasks() throws Exception {
        String scenario = scenario();
        Outcome local = aftermath("cohort", scenario, "--patients", "200", "--threads", "2", "--out",
                dir.resolve("local").toString());
        assertThat(local.status()).as(local.err()).isZero();
        TaskLog.clear();
        Outcome spark = aftermath("cohort", scenario, "--patients", "200", "--threads", "2", "--engine",
                "spark", "--engine-conf", "spark.extraListeners=" + TaskLog.class.getName(), "--out",
                dir.resolve("spark").toString());
        assertThat(spark.status()).as(spark.err()).isZero();
        assertThat(spark.err()).isEmpty();
        assertThat(spark.out()).isEqualTo(local.out().replace(dir.resolve("local").toString(),
                dir.resolve("spark").toString()));
        SparkCohortTest.assertSameBytes(dir.resolve("local"), dir.resolve("spark"));
        assertThat(Files.readString(dir.resolve("spark").resolve("manifest.json"))).contains("\"executor\" : \"spark\"",
                "\"complete\" : true");

        // the context was stopped, so every task's end was recorded: the patients ran in Spark tasks, not in the
        // driver's code, in more than one task
        List<TaskLog.Task> tasks = TaskLog.tasks();
        assertThat(tasks).allMatch(TaskLog.Task::succeeded);
        assertThat(tasks.stream().mapToLong(TaskLog.Task::computed).sum()).isEqualTo(200);
        assertThat(tasks.stream().filter(t -> t.computed() > 0).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badEngineSettingsExitTwoWithOneLine() throws IOException {
        String scenario = scenario();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String[][] cases = {
            {"spark.master=spark://127.0.0.1:" + closed, "aftermath: --engine: master spark://127.0.0.1:" + closed
                    + " is unreachable: 127.0.0.1:" + closed + " (Connection refused); start the cluster or correct"
                    + " spark.master"},
            {"spark.master=nowhere", "aftermath: --engine: master 'nowhere' is not a Spark master URL (" + Masters.FORMS
                    + ")"},
            {"master=local", "aftermath: --engine: --engine-conf: 'master' is not a Spark setting (spark.*)"},
            {"spark.aftermath.partitions=-3", "aftermath: --engine: spark.aftermath.partitions: must be a whole number"
                    + " >= 1 (got '-3')"},
        };
        for (String[] c : cases) {
            Outcome o = aftermath("cohort", scenario, "--patients", "3", "--engine", "spark",
                    "--engine-conf", c[0], "--out", dir.resolve("x").toString());
            assertThat(o.status()).as(c[0]).isEqualTo(2);
            assertThat(o.err()).as(c[0]).isEqualTo(c[1] + "\n");
            assertThat(dir.resolve("x")).doesNotExist();
        }
        Outcome engine = aftermath("cohort", scenario, "--patients", "3", "--engine", "sparc");
        assertThat(engine.status()).isEqualTo(2);
        assertThat(engine.err()).isEqualTo("aftermath: --engine: unknown engine 'sparc' (available: local, spark)\n");
    }

    @Test
    void sparkSubmitRunsTheCohortCommandOnTheSparkEngine() {
        assertThat(SubmitMain.withSparkEngine(new String[] {"cohort", "s.yaml", "--patients", "5"}))
                .containsExactly("cohort", "--engine", "spark", "s.yaml", "--patients", "5");
        assertThat(SubmitMain.withSparkEngine(new String[] {"cohort", "s.yaml", "--engine=local"}))
                .containsExactly("cohort", "s.yaml", "--engine=local");
        assertThat(SubmitMain.withSparkEngine(new String[] {"run", "s.yaml"})).containsExactly("run", "s.yaml");
        assertThat(SubmitMain.withSparkEngine(new String[0])).isEmpty();
    }
}
