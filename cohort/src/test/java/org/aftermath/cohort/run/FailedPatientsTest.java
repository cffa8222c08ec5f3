package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failed-patient policy: a cohort in which the integration of some patients fails (their tumours grow past the
 * largest double) completes; each failed patient is a row with status {@code failed} and the integrator's reason; the
 * summary is over the completed patients and counts the failed; the bytes are the same on every engine and thread
 * count; and a resumed run records the failures again instead of stopping at them.
 */
class FailedPatientsTest {

    private static final String VERSION = "test";
    private static final int N = 24;

    @TempDir
    Path dir;

    private static CohortJob job() {
        return CohortJob.read(CohortFixtures.scenario("some-patients-fail.yaml"), 3, N, CohortJob.Options.DEFAULT);
    }

    private static CohortRun.Result run(IndexedExecutor executor, Path folder, boolean resume) throws IOException {
        return new CohortRun(job(), executor, VERSION, CohortReport.NONE, CohortProgress.NONE).run(folder, resume);
    }

    private static void assertSameBytes(Path a, Path b) throws IOException {
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void failedPatientsAreRowsAndTheSummaryIsOverTheCompletedOnes() throws IOException {
        Path folder = dir.resolve("two");
        CohortRun.Result result = run(new LocalIndexedExecutor(2), folder, false);
        assertThat(result.manifest().details().complete()).isTrue();

        List<String> lines = Files.readAllLines(folder.resolve(CohortRun.PATIENTS));
        assertThat(lines).hasSize(N + 1);
        assertThat(lines.get(0)).endsWith(",progression_free,status,failure");
        List<String[]> failed = new ArrayList<>();
        List<Double> finals = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", 11);
            assertThat(c).hasSize(11);
            if (c[9].equals(PatientsCsv.FAILED)) {
                failed.add(c);
                // index, seed and draw are kept, every outcome column is empty, the reason is the integrator's
                assertThat(Arrays.copyOfRange(c, 3, 9)).containsOnly("");
                assertThat(c[10]).startsWith("\"rosenbrock: ");
            } else {
                assertThat(c[9]).isEqualTo(PatientsCsv.COMPLETED);
                assertThat(c[10]).isEmpty();
                finals.add(Double.parseDouble(c[3]));
            }
        }
        // the seed makes some, not all, patients fail: the draws below about 0.05 days overflow
        assertThat(failed).hasSizeBetween(3, N - 8);
        CohortSummary s = result.summary();
        assertThat(s.patients()).isEqualTo(N);
        assertThat(s.failedPatients()).isEqualTo(failed.size());
        assertThat(s.response().values().stream().mapToLong(CohortSummary.Rate::count).sum())
                .isEqualTo(N - failed.size());
        assertThat(s.response().values().stream().mapToDouble(CohortSummary.Rate::fraction).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        // the band on the horizon day is the median of the completed patients' final burdens
        double[] sorted = finals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] median = s.burden().median();
        assertThat(median[median.length - 1]).isEqualTo(Quantiles.ofSorted(sorted, 0.5));
        assertThat(s.inputs().get(0).min()).isGreaterThan(failed.stream()
                .mapToDouble(c -> Double.parseDouble(c[2])).max().orElseThrow());
    }

    @Test
    void everyEngineAndThreadCountWritesTheSameFailures() throws IOException {
        run(new LocalIndexedExecutor(1), dir.resolve("one"), false);
        run(new LocalIndexedExecutor(3), dir.resolve("three"), false);
        run(new SequentialEngine().executor(1), dir.resolve("sequential"), false);
        assertSameBytes(dir.resolve("one"), dir.resolve("three"));
        assertSameBytes(dir.resolve("one"), dir.resolve("sequential"));
    }

    @Test
    void aResumedRunRecordsTheFailuresInsteadOfStoppingAtThem() throws IOException {
        Path whole = dir.resolve("whole");
        run(new LocalIndexedExecutor(2), whole, false);
        List<String> rows = Files.readAllLines(whole.resolve(CohortRun.PATIENTS));
        int firstFailed = 0;
        while (!rows.get(firstFailed + 1).contains("," + PatientsCsv.FAILED + ",")) {
            firstFailed++;
        }
        // killed three patients after the first failed one
        long stopAfter = firstFailed + 3L;
        Path killed = dir.resolve("killed");
        IndexedExecutor dying = CohortFixtures.dyingAfter(stopAfter);
        assertThatThrownBy(() -> run(dying, killed, false)).hasMessage("killed");
        CohortRun.Result resumed = run(new LocalIndexedExecutor(1), killed, true);
        assertThat(resumed.resumedFrom()).isEqualTo(stopAfter);
        assertSameBytes(whole, killed);
    }
}
