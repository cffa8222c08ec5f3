package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards ({@code --shard K/N}) joined by {@link CohortMerge}: a single run's bytes, and clear refusals. */
class CohortMergeTest {

    private static final String VERSION = "test";

    @TempDir
    Path dir;

    private static CohortRun run(CohortJob job, IndexedExecutor executor) {
        return new CohortRun(job, executor, VERSION, CohortReport.NONE, CohortProgress.NONE);
    }

    private Path shard(CohortJob job, int k, int n) throws IOException {
        Path folder = dir.resolve("shard-" + job.seed() + "-" + k + "-of-" + n);
        CohortRun.Result r = run(job, new LocalIndexedExecutor(2)).shard(k, n).run(folder, false);
        assertThat(r.summary()).isNull();
        assertThat(r.manifest().details().complete()).isTrue();
        assertThat(r.manifest().details().shard()).isEqualTo(CohortDetails.Shard.of(k, n, job.patients()));
        return folder;
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        for (String f : List.of(CohortRun.PATIENTS, CohortRun.SPILL, CohortRun.SUMMARY)) {
            assertThat(Files.readAllBytes(actual.resolve(f))).as(f).isEqualTo(Files.readAllBytes(expected.resolve(f)));
        }
    }

    @Test
    void shardsRangesTileTheCohort() {
        assertThat(CohortDetails.Shard.of(1, 3, 10)).isEqualTo(new CohortDetails.Shard(1, 3, 0, 3));
        assertThat(CohortDetails.Shard.of(2, 3, 10)).isEqualTo(new CohortDetails.Shard(2, 3, 3, 6));
        assertThat(CohortDetails.Shard.of(3, 3, 10)).isEqualTo(new CohortDetails.Shard(3, 3, 6, 10));
        assertThat(CohortDetails.Shard.of(7, 7, 7)).isEqualTo(new CohortDetails.Shard(7, 7, 6, 7));
        assertThatThrownBy(() -> CohortDetails.Shard.of(4, 3, 10)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> CohortDetails.Shard.of(1, 11, 10)).hasMessageContaining("does not exist");
    }

    @Test
    void mergedShardsAreTheBytesOfOneRunInAnyOrderEvenAfterAResumedShard() throws IOException {
        CohortJob job = CohortFixtures.killCohort(50, 21);
        Path whole = dir.resolve("whole");
        run(job, new LocalIndexedExecutor(2)).run(whole, false);

        Path s1 = shard(job, 1, 3);
        Path s3 = shard(job, 3, 3);
        // shard 2 is killed after 6 of its 17 patients, then resumed
        Path s2 = dir.resolve("shard-2");
        assertThatThrownBy(() -> run(job, CohortFixtures.dyingAfter(6)).shard(2, 3).run(s2, false))
                .hasMessage("killed");
        assertThat(run(job, new LocalIndexedExecutor(1)).shard(2, 3).run(s2, true).resumedFrom()).isEqualTo(16 + 6);

        Path merged = dir.resolve("merged");
        CohortRun.Result r = new CohortMerge(CohortReport.NONE).merge(List.of(s3, s1, s2), merged);
        assertSameBytes(whole, merged);
        assertThat(r.summary().patients()).isEqualTo(50);
        assertThat(r.manifest().details().complete()).isTrue();
        assertThat(r.manifest().details().shard()).isNull();
        assertThat(r.manifest().details().executor()).isEqualTo("merge of 3 shards (local)");
        // the merged folder is a finished cohort folder like any other: merging again replaces it
        new CohortMerge(CohortReport.NONE).merge(List.of(s1, s2, s3), merged);
        assertSameBytes(whole, merged);
    }

    @Test
    void shardsOfAnotherJobMissingRepeatedUnfinishedOrDamagedShardsAreRefused() throws IOException {
        CohortJob job = CohortFixtures.killCohort(12, 4);
        Path a1 = shard(job, 1, 2);
        Path a2 = shard(job, 2, 2);
        Path otherSeed = shard(CohortFixtures.killCohort(12, 5), 2, 2);
        Path ofThree = shard(job, 2, 3);
        CohortMerge merge = new CohortMerge(CohortReport.NONE);
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> merge.merge(List.of(a1, otherSeed), out)).isInstanceOf(CohortFolderException.class)
                .hasMessage("merge: " + otherSeed + " is a shard of another cohort than " + a1 + ": " + a1
                        + " was run with --seed 4, not 5");
        assertThatThrownBy(() -> merge.merge(List.of(a1, ofThree), out)).hasMessageContaining("2 shards, not 3");
        assertThatThrownBy(() -> merge.merge(List.of(a2), out))
                .hasMessage("merge: shard 1/2 is missing (run it with --shard 1/2)");
        assertThatThrownBy(() -> merge.merge(List.of(a1, a2, a1), out)).hasMessageContaining("are both shard 1/2");
        assertThatThrownBy(() -> merge.merge(List.of(a1, a2), a2)).hasMessageContaining("is one of the shards");

        Path whole = dir.resolve("whole");
        run(job, new LocalIndexedExecutor(1)).run(whole, false);
        assertThatThrownBy(() -> merge.merge(List.of(a1, whole), out)).hasMessageContaining("holds a whole cohort");

        Path unfinished = dir.resolve("unfinished");
        assertThatThrownBy(() -> run(job, CohortFixtures.dyingAfter(2)).shard(2, 2).run(unfinished, false))
                .hasMessage("killed");
        assertThatThrownBy(() -> merge.merge(List.of(a1, unfinished), out))
                .hasMessage("merge: shard 2/2 in " + unfinished + " is unfinished; complete it with --resume");

        Files.writeString(a2.resolve(CohortRun.PATIENTS), Files.readString(a2.resolve(CohortRun.PATIENTS))
                .replaceFirst("\n[^\n]*\n$", "\n"));
        assertThatThrownBy(() -> merge.merge(List.of(a1, a2), out))
                .hasMessageContaining("should hold 6 patients, but patients.csv has 5 rows and patients.bin 6 records");
        assertThat(out).doesNotExist();
    }
}
