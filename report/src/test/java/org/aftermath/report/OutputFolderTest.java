package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void committedOutputsAppearWhole() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.file("a.txt"), "a");
            assertThat(target).doesNotExist();
            f.commit();
        }
        assertThat(target.resolve("a.txt")).hasContent("a");
        assertThat(entries()).containsExactly("run");
    }

    @Test
    void uncommittedOutputsLeaveNothingBehind() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.file("a.txt"), "half of a run");
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void aFailedRerunKeepsThePreviousCompleteOutputs() throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.file("a.txt"), "first");
            f.commit();
        }
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.file("a.txt"), "second, never committed");
        }
        assertThat(target.resolve("a.txt")).hasContent("first");
        assertThat(entries()).containsExactly("run");
    }
}
