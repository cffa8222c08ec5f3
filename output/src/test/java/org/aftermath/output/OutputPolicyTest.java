package org.aftermath.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputPolicy}: what a command may write into, and the one-line refusals. */
class OutputPolicyTest {

    @TempDir
    Path dir;

    private static final String ALLOWED = "write into a new or empty folder, or one an earlier 'aftermath run' wrote";

    private OutputPolicy.State check(Path target, Path... inputs) {
        return OutputPolicy.check("--out", target, "run", List.of(inputs)).state();
    }

    private void refused(Path target, String message, Path... inputs) {
        assertThatThrownBy(() -> check(target, inputs)).isInstanceOf(OutputRefusedException.class)
                .hasMessage(message).hasMessageNotContaining("\n");
    }

    private Path ownFolder(String name, String command, String... files) throws IOException {
        Path f = Files.createDirectories(dir.resolve(name));
        for (String file : files) {
            Files.writeString(f.resolve(file), file);
        }
        java.util.List<String> listed = new java.util.ArrayList<>(List.of(files));
        listed.add(Manifest.FILE);
        Manifest.of(command, new OutputFolderTest.Facts("x"), listed).write(f.resolve(Manifest.FILE));
        return f;
    }

    @Test
    void newEmptyAndOwnFoldersAreAllowed() throws IOException {
        assertThat(check(dir.resolve("new").resolve("deeper"))).isEqualTo(OutputPolicy.State.ABSENT);
        assertThat(check(Files.createDirectory(dir.resolve("empty")))).isEqualTo(OutputPolicy.State.EMPTY);
        Path own = ownFolder("own", "run", "timeseries.csv");
        Files.writeString(own.resolve("timeseries.csv.tmp"), "left by a killed atomic rewrite");
        assertThat(check(own)).isEqualTo(OutputPolicy.State.OWN);
    }

    @Test
    void anythingElseIsRefusedNamingThePathAndWhatIsAllowed() throws IOException {
        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "years of work");
        refused(thesis, "--out " + thesis + ": is not empty and has no manifest.json, so aftermath did not write it; "
                + ALLOWED);
        Path file = Files.writeString(dir.resolve("data.csv"), "1,2");
        refused(file, "--out " + file + ": is a file, which aftermath does not replace; " + ALLOWED);
        refused(file.resolve("x"), "--out " + file.resolve("x") + ": cannot be created, " + file + " is a file; "
                + ALLOWED);
        Path compared = ownFolder("compared", "compare", "compare.html");
        refused(compared, "--out " + compared + ": holds the outputs of 'aftermath compare', which 'aftermath run'"
                + " does not replace; " + ALLOWED);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve(Manifest.FILE), "{\"tool\": \"someone else\"}");
        refused(broken, "--out " + broken + ": its manifest.json is not one aftermath wrote (not a manifest of"
                + " aftermath (tool 'someone else')); " + ALLOWED);
        Path sub = ownFolder("sub", "run", "timeseries.csv");
        Files.createDirectory(sub.resolve("figures"));
        assertThatThrownBy(() -> check(sub)).hasMessageContaining("holds figures, which aftermath did not write");
        assertThat(thesis.resolve("chapter1.tex")).hasContent("years of work");
        assertThat(file).hasContent("1,2");
    }

    @Test
    void protectedFoldersAreRefusedEvenWhenEmptyOrOwn() throws IOException {
        refused(Path.of(""), "--out: the path is empty (an unset variable?); " + ALLOWED);
        refused(Path.of("/"), "--out /: is a file-system root; " + ALLOWED);
        refused(Path.of("."), "--out .: is the working folder; " + ALLOWED);
        Path cwd = Path.of("").toAbsolutePath();
        refused(cwd.getParent(), "--out " + cwd.getParent() + ": holds the working folder; " + ALLOWED);
        Path home = Path.of(System.getProperty("user.home"));
        refused(home, "--out " + home + ": is the home folder; " + ALLOWED);
        Path own = ownFolder("optimized", "run", "best-scenario.yaml");
        Path scenario = own.resolve("best-scenario.yaml");
        refused(own, "--out " + own + ": holds the input " + scenario + ", which must not be replaced; " + ALLOWED,
                scenario);
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectory(dir.resolve("real")));
        refused(link, "--out " + link + ": is a symbolic link (give the folder it points to); " + ALLOWED);
    }

    @Test
    void manifestsOfEarlierVersionsAreStillRecognised() throws IOException {
        Path run = Files.createDirectories(dir.resolve("old-run"));
        Files.writeString(run.resolve("timeseries.csv"), "day");
        Files.writeString(run.resolve(Manifest.FILE), "{\"tool\": \"aftermath\", \"version\": \"0.1\","
                + " \"files\": [\"timeseries.csv\", \"manifest.json\"]}");
        assertThat(check(run)).isEqualTo(OutputPolicy.State.OWN);
        Path cohort = Files.createDirectories(dir.resolve("old-cohort"));
        Files.writeString(cohort.resolve(Manifest.FILE), "{\"tool\": \"aftermath cohort\", \"files\": [\"manifest.json\"]}");
        assertThat(OutputPolicy.check("--out", cohort, "cohort", List.of()).state()).isEqualTo(OutputPolicy.State.OWN);
    }
}
