package org.aftermath.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputFolder}: all or nothing, the policy at open and at commit, stale staging folders, concurrency. */
class OutputFolderTest {

    @TempDir
    Path dir;

    record Facts(String note) { }

    private List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes one file and the manifest into {@code target} as command "test". */
    private static void write(Path target, String text) throws IOException {
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), text);
            f.commit(Manifest.of("test", new Facts(text), f.files()));
        }
    }

    @Test
    void committedOutputsAppearWholeWithTheirManifest() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), "a");
            assertThat(target).doesNotExist();
            f.commit(Manifest.of("test", new Facts("x"), f.files()));
        }
        assertThat(target.resolve("a.txt")).hasContent("a");
        assertThat(entries(dir)).containsExactly("run");
        Manifest<Facts> m = Manifest.read(target.resolve(Manifest.FILE)).detailsAs(Facts.class);
        assertThat(m.command()).isEqualTo("test");
        assertThat(m.files()).containsExactly("a.txt", Manifest.FILE);
        assertThat(m.details()).isEqualTo(new Facts("x"));
    }

    @Test
    void createdFoldersGetTheUmasksPermissionsLikeAnyNewFolder() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Path target = dir.resolve("deeper").resolve("run");
        write(target, "a");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(target.getParent()))
                .isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void uncommittedOutputsLeaveNothingBehind() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), "half of a run");
        }
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aFailedRerunKeepsThePreviousCompleteOutputs() throws IOException {
        Path target = dir.resolve("run");
        write(target, "first");
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), "second, never committed");
        }
        assertThat(target.resolve("a.txt")).hasContent("first");
        assertThat(entries(dir)).containsExactly("run");
    }

    @Test
    void aFolderOfTheSameCommandIsReplacedAnEmptyOneFilled() throws IOException {
        Path target = dir.resolve("run");
        write(target, "first");
        write(target, "second");
        assertThat(target.resolve("a.txt")).hasContent("second");
        assertThat(entries(dir)).containsExactly("run");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        write(empty, "into an empty folder");
        assertThat(entries(empty)).containsExactly("a.txt", Manifest.FILE);
    }

    @Test
    void aFileTheToolDidNotWriteIsNeverTouched() throws IOException {
        Path target = dir.resolve("run");
        write(target, "first");
        Files.writeString(target.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> write(target, "second")).isInstanceOf(OutputRefusedException.class)
                .hasMessage("--out " + target + ": holds notes.txt, which aftermath did not write (its manifest.json"
                        + " does not list it); move it away, or write into a new or empty folder, or one an earlier"
                        + " 'aftermath test' wrote");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(target.resolve("a.txt")).hasContent("first");
        assertThat(entries(dir)).containsExactly("run");
    }

    @Test
    void theTargetIsCheckedAgainAtCommit() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), "a");
            Files.createDirectories(target);
            Files.writeString(target.resolve("thesis.tex"), "mine, written while the run ran");
            assertThatThrownBy(() -> f.commit(Manifest.of("test", new Facts("x"), f.files())))
                    .isInstanceOf(OutputRefusedException.class).hasMessageContaining("no manifest.json");
        }
        assertThat(entries(target)).containsExactly("thesis.tex");
        assertThat(entries(dir)).containsExactly("run");
    }

    @Test
    void theManifestMustListWhatWasWritten() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = OutputFolder.open("--out", target, "test", List.of())) {
            Files.writeString(f.file("a.txt"), "a");
            assertThatThrownBy(() -> f.commit(Manifest.of("test", new Facts("x"), List.of(Manifest.FILE))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("a.txt");
            assertThatThrownBy(() -> f.commit(Manifest.of("other", new Facts("x"), f.files())))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aNewOnlyFolderTakesNothingButANewOrEmptyFolder() throws IOException {
        Path target = dir.resolve("model");
        try (OutputFolder f = OutputFolder.openNew("model export", target, List.of())) {
            Files.writeString(f.file("a.ant"), "a");
            f.commit();
        }
        assertThat(entries(target)).containsExactly("a.ant");
        Files.writeString(target.resolve("a.ant"), "edited");
        assertThatThrownBy(() -> OutputFolder.openNew("model export", target, List.of()))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessage("model export " + target + ": is not empty (a.ant); give a new or empty folder"
                        + " (nothing is overwritten)");
        assertThat(target.resolve("a.ant")).hasContent("edited");
    }

    /** @return the process id and start time of a process that has exited */
    private static long[] deadProcess() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long start = Staging.startMillis(p.toHandle());
        p.destroyForcibly();
        p.waitFor();
        return new long[] {p.pid(), start};
    }

    private Path staging(String name, String kind, long pid, long start, String host) throws IOException {
        Path p = Files.createDirectory(dir.resolve("." + name + "." + kind + "-" + pid + "-" + start + "-x1." + host));
        Files.writeString(p.resolve("timeseries.csv"), "half");
        return p;
    }

    @Test
    void aStaleStagingFolderIsRemovedOnlyWhenItsProcessIsGone() throws Exception {
        long[] dead = deadProcess();
        Path stale = staging("run", "partial", dead[0], dead[1], Staging.HOST);
        Path staleOld = staging("run", "old", dead[0], dead[1], Staging.HOST);
        ProcessHandle me = ProcessHandle.current();
        Path live = staging("run", "partial", me.pid(), Staging.startMillis(me), Staging.HOST);
        Path reused = staging("run", "partial", me.pid(), Staging.startMillis(me) - 60_000, Staging.HOST);
        Path otherHost = staging("run", "partial", dead[0], dead[1], "another-machine");
        Path otherName = staging("run2", "partial", dead[0], dead[1], Staging.HOST);
        write(dir.resolve("run"), "a");
        assertThat(stale).doesNotExist();
        assertThat(staleOld).doesNotExist();
        assertThat(reused).as("same pid, another start time: the pid was reused").doesNotExist();
        assertThat(live).exists();
        assertThat(otherHost).exists();
        assertThat(otherName).exists();
    }

    @Test
    void concurrentRunsIntoOneParentDoNotDisturbEachOther() throws Exception {
        // a run that loses the race between its two renames must neither fail nor leave the folder it moved aside
        // behind (seen once in CI as '.shared.old-...'; repeated 20 times this failed in the first round before the
        // fix). Repeated, the policy's own check also races: a folder read between another run's two renames looks
        // like a user's and is refused, which is safe but spurious (not fixed)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "run " + i;
                Path target = dir.resolve(i % 2 == 0 ? "shared" : "own-" + i);
                done.add(pool.submit((Callable<Void>) () -> {
                    write(target, text);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries(dir)).containsExactly("own-1", "own-3", "own-5", "own-7", "shared");
        assertThat(entries(dir.resolve("shared"))).containsExactly("a.txt", Manifest.FILE);
        assertThat(Files.readString(dir.resolve("shared").resolve("a.txt"))).matches("run [0246]");
        assertThat(dir.resolve("own-5").resolve("a.txt")).hasContent("run 5");
    }
}
