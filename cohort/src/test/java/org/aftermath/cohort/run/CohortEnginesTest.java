package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.cohort.tasks.TaskEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines on the class path are found by name and, honouring the executor contract, write the same bytes. */
class CohortEnginesTest {

    @TempDir
    Path dir;

    @Test
    void aServiceLoadedEngineWritesWhatTheLocalOneWrites() throws IOException {
        assertThat(TaskEngines.names()).containsExactly("local", "sequential-test");
        CohortJob job = CohortFixtures.killCohort(25, 11);
        for (String engine : List.of("local", "sequential-test")) {
            new CohortRun(job, TaskEngines.executor(engine, 2), "test", CohortReport.NONE, CohortProgress.NONE)
                    .run(dir.resolve(engine), false);
        }
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertThat(Files.readAllBytes(dir.resolve("sequential-test").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(f)));
        }
        assertThat(TaskEngines.executor("local", 3)).isInstanceOf(LocalIndexedExecutor.class);
        assertThat(Files.readString(dir.resolve("sequential-test").resolve(CohortRun.MANIFEST)))
                .contains("\"executor\" : \"sequential-test\"", "\"threads\" : null");
        assertThat(Files.readString(dir.resolve("local").resolve(CohortRun.MANIFEST)))
                .contains("\"executor\" : \"local\"", "\"threads\" : 2");
    }

    @Test
    void anUnknownEngineNamesTheAvailableOnes() {
        assertThatThrownBy(() -> TaskEngines.executor("spark", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown engine 'spark' (available: local, sequential-test); the spark engine joins the"
                        + " class path when the tool is started by ./aftermath (which builds it) or by spark-submit"
                        + " with aftermath-spark.jar");
        assertThatThrownBy(() -> TaskEngines.executor("sparc", 1))
                .hasMessage("unknown engine 'sparc' (available: local, sequential-test)");
    }
}
