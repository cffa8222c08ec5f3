package org.aftermath.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftermath.cohort.run.CohortJob;
import org.aftermath.cohort.run.CohortProgress;
import org.aftermath.cohort.run.CohortReport;
import org.aftermath.cohort.run.CohortRun;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar {@code mvn package} builds for {@code spark-submit} ({@code target/aftermath-spark.jar}), submitted as a
 * cluster would run it: Spark's own {@code SparkSubmit} in a separate JVM whose class path is Spark's jars (those of
 * {@code target/spark-jars/} and the Jackson a Spark distribution ships), {@code --master local[2]}. Its cohort files
 * are the local engine's, byte for byte, so the shaded jar (relocated Janino and ANTLR) compiles and runs the model.
 */
class SparkSubmitIT {

    @TempDir
    Path dir;

    @Test
    void theSubmitJarRunsACohortUnderSparkSubmit() throws IOException, InterruptedException {
        Path target = Path.of("target");
        Path scenario = dir.resolve("kill-cohort.yaml");
        Files.writeString(scenario, SparkCohortTest.KILL_COHORT);
        List<String> classPath = new ArrayList<>(List.of(target.resolve("spark-jars").toAbsolutePath() + "/*"));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("jackson-databind") || e.contains("jackson-core")
                        || e.contains("jackson-annotations"))
                .forEach(classPath::add);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("java-options").toAbsolutePath(), "-cp", String.join(File.pathSeparator, classPath),
                "org.apache.spark.deploy.SparkSubmit", "--class", SubmitMain.class.getName(), "--master", "local[2]",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                target.resolve("aftermath-spark.jar").toAbsolutePath().toString(),
                "cohort", scenario.toString(), "--patients", "40", "--seed", "8", "--out", dir.resolve("submitted").toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("spark-submit.log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("spark-submit.log"))).isZero();

        new CohortRun(CohortJob.read(scenario, 8, 40, CohortJob.Options.DEFAULT), new LocalIndexedExecutor(2), "test",
                CohortReport.NONE, CohortProgress.NONE).run(dir.resolve("local"), false);
        SparkCohortTest.assertSameBytes(dir.resolve("local"), dir.resolve("submitted"));
        assertThat(Files.readString(dir.resolve("submitted").resolve(CohortRun.MANIFEST)))
                .contains("\"executor\" : \"spark\"");
    }
}
