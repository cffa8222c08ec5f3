package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.output.OutputRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders: the same bytes for any thread count, resumed runs identical to uninterrupted ones, clear refusals. */
class CohortRunTest {

    private static final String VERSION = "test";

    @TempDir
    Path dir;

    private static CohortRun.Result run(CohortJob job, int threads, Path folder, boolean resume) throws IOException {
        return new CohortRun(job, new LocalIndexedExecutor(threads), VERSION, CohortReport.NONE, CohortProgress.NONE)
                .run(folder, resume);
    }

    private static void assertSameBytes(Path a, Path b, String file) throws IOException {
        assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }

    @Test
    void oneTwoAndFiveThreadsWriteIdenticalFiles() throws IOException {
        CohortJob job = CohortFixtures.killCohort(60, 42);
        run(job, 1, dir.resolve("one"), false);
        CohortRun.Result two = run(job, 2, dir.resolve("two"), false);
        run(job, 5, dir.resolve("five"), false);
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertSameBytes(dir.resolve("one"), dir.resolve("two"), f);
            assertSameBytes(dir.resolve("one"), dir.resolve("five"), f);
        }
        List<String> lines = Files.readAllLines(dir.resolve("two").resolve(CohortRun.PATIENTS));
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0)).isEqualTo("patient,seed,tumor.growth.doubling_days,treatments.chemo.kill_fraction,"
                + "final_burden_cells,nadir_burden_cells,nadir_day,best_response,progression_day,progression_free,"
                + "status,failure");
        for (int i = 1; i <= 60; i++) {
            assertThat(lines.get(i)).startsWith((i - 1) + ",");
        }
        assertThat(two.manifest().details().complete()).isTrue();
        assertThat(two.manifest().details().threads()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("two").resolve(CohortRun.MANIFEST))).contains("\"complete\" : true");
    }

    @Test
    void aKilledRunResumesToTheSameBytes() throws IOException {
        CohortJob job = CohortFixtures.killCohort(40, 5);
        Path whole = dir.resolve("whole");
        run(job, 2, whole, false);

        // a run that dies after 17 patients: the executor's sink fails, as a killed process would stop writing
        Path killed = dir.resolve("killed");
        IndexedExecutor dying = CohortFixtures.dyingAfter(17);
        assertThatThrownBy(() -> new CohortRun(job, dying, VERSION, CohortReport.NONE, CohortProgress.NONE)
                .run(killed, false)).hasMessage("killed");
        assertThat(Files.readString(killed.resolve(CohortRun.MANIFEST))).contains("\"complete\" : false");
        // the kill tore the files mid-write: half a CSV line, and part of an 18th spill record
        Files.writeString(killed.resolve(CohortRun.PATIENTS), "17,-81234,12.5", StandardOpenOption.APPEND);
        Files.write(killed.resolve(CohortRun.SPILL), new byte[100], StandardOpenOption.APPEND);

        CohortRun.Result resumed = run(job, 1, killed, true);
        assertThat(resumed.resumedFrom()).isEqualTo(17);
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertSameBytes(whole, killed, f);
        }
        assertThat(resumed.manifest().details().complete()).isTrue();
    }

    @Test
    void aCsvShorterThanTheSpillIsResumedFromTheCsv() throws IOException {
        CohortJob job = CohortFixtures.killCohort(30, 8);
        Path whole = dir.resolve("whole");
        run(job, 2, whole, false);
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL)) {
            Files.copy(whole.resolve(f), cut.resolve(f));
        }
        Files.writeString(cut.resolve(CohortRun.MANIFEST), Files.readString(whole.resolve(CohortRun.MANIFEST))
                .replace("\"complete\" : true", "\"complete\" : false"));
        // keep the header, 11 rows and a torn 12th line of the CSV; the spill stays whole
        byte[] csv = Files.readAllBytes(cut.resolve(CohortRun.PATIENTS));
        int newlines = 0;
        int end = 0;
        while (newlines < 12) {
            if (csv[end++] == '\n') {
                newlines++;
            }
        }
        Files.write(cut.resolve(CohortRun.PATIENTS), java.util.Arrays.copyOf(csv, end + 7));

        assertThat(run(job, 2, cut, true).resumedFrom()).isEqualTo(11);
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertSameBytes(whole, cut, f);
        }
    }

    @Test
    void aRunKilledAfterItsLastPatientOnlyRedoesTheSummary() throws IOException {
        CohortJob job = CohortFixtures.killCohort(12, 6);
        Path folder = dir.resolve("late");
        run(job, 2, folder, false);
        byte[] summary = Files.readAllBytes(folder.resolve(CohortRun.SUMMARY));
        Files.delete(folder.resolve(CohortRun.SUMMARY));
        Files.writeString(folder.resolve(CohortRun.MANIFEST), Files.readString(folder.resolve(CohortRun.MANIFEST))
                .replace("\"complete\" : true", "\"complete\" : false"));
        CohortRun.Result resumed = run(job, 2, folder, true);
        assertThat(resumed.resumedFrom()).isEqualTo(12);
        assertThat(Files.readAllBytes(folder.resolve(CohortRun.SUMMARY))).isEqualTo(summary);
        assertThat(resumed.manifest().details().complete()).isTrue();
    }

    @Test
    void resumeRefusesCompleteAndForeignFoldersAndOtherOptions() throws IOException {
        CohortJob job = CohortFixtures.killCohort(5, 1);
        Path folder = dir.resolve("c");
        run(job, 1, folder, false);
        assertThatThrownBy(() -> run(job, 1, folder, true)).isInstanceOf(CohortFolderException.class)
                .hasMessageContaining("is complete; nothing to resume");
        Files.writeString(folder.resolve(CohortRun.MANIFEST), Files.readString(folder.resolve(CohortRun.MANIFEST))
                .replace("\"complete\" : true", "\"complete\" : false"));
        assertThatThrownBy(() -> run(CohortFixtures.killCohort(5, 2), 1, folder, true))
                .isInstanceOf(CohortFolderException.class).hasMessageContaining("--seed 1, not 2");
        assertThatThrownBy(() -> run(CohortFixtures.killCohort(6, 1), 1, folder, true))
                .isInstanceOf(CohortFolderException.class).hasMessageContaining("--patients 5, not 6");
        assertThatThrownBy(() -> run(job, 1, folder, false)).isInstanceOf(CohortFolderException.class)
                .hasMessageContaining("unfinished cohort").hasMessageContaining("--resume");
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(job, 1, foreign, true)).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("no manifest.json");
        assertThatThrownBy(() -> run(job, 1, foreign, false)).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("not empty");
        assertThat(foreign.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aCompleteFolderIsReplacedByANewRun() throws IOException {
        Path folder = dir.resolve("again");
        run(CohortFixtures.killCohort(4, 1), 1, folder, false);
        CohortRun.Result second = run(CohortFixtures.killCohort(3, 1), 1, folder, false);
        assertThat(Files.readAllLines(folder.resolve(CohortRun.PATIENTS))).hasSize(4);
        assertThat(second.summary().patients()).isEqualTo(3);
    }

    @Test
    void aScenarioWithoutVariabilitySaysWhatToAdd() {
        CohortJob job = CohortJob.read(CohortFixtures.scenario("no-variability.yaml"), 1, 3, CohortJob.Options.DEFAULT);
        assertThatThrownBy(() -> run(job, 1, dir.resolve("none"), false)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no-variability.yaml: variability: ").hasMessageContaining("add a variability:");
    }

    @Test
    void aDistributionThatCanBreakAParameterLimitIsRefusedBeforeAnyOutput() {
        CohortJob job = CohortJob.read(CohortFixtures.scenario("some-patients-invalid.yaml"), 4, 40,
                CohortJob.Options.DEFAULT);
        Path folder = dir.resolve("refused");
        assertThatThrownBy(() -> run(job, 2, folder, false)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("some-patients-invalid.yaml: variability.parameters.doubling_days: ");
        assertThat(folder).doesNotExist();
    }
}
