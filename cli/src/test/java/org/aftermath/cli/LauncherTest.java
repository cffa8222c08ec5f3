package org.aftermath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./aftermath} launcher, with stand-ins for Maven (which, in version 3.8, writes colour codes even in
 * batch mode) and Java: nothing but plain text reaches stderr, whether the build succeeds or fails.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private static final String ESC = "\u001b";

    private Path fake(String name, String script) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path f = Files.writeString(bin.resolve(name), "#!/usr/bin/env bash\n" + script);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }

    private record Ran(int status, String out, String err) { }

    private Ran launch(boolean buildSucceeds) throws Exception {
        Path root = Files.createDirectories(dir.resolve("checkout"));
        Path launcher = root.resolve("aftermath");
        Files.copy(Path.of("..", "aftermath"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        fake("mvn", "printf '\\033[0m\\033[0m\\033[1;31m[ERROR]\\033[m compilation failed\\n'\n"
                + (buildSucceeds ? "mkdir -p cli/target && touch cli/target/aftermath.jar\nexit 0\n" : "exit 1\n"));
        fake("java", "echo \"java $*\"\n");
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version");
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(p.waitFor(), out, err);
    }

    @Test
    void aSuccessfulBuildShowsOneLineAndNoEscapeCodes() throws Exception {
        Ran r = launch(true);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEqualTo("aftermath: building the tool (first use or sources changed; takes a minute)...\n");
        assertThat(r.out()).startsWith("java").endsWith("-jar " + dir.resolve("checkout/cli/target/aftermath.jar")
                + " --version\n");
    }

    @Test
    void aFailedBuildShowsMavensMessagesWithoutEscapeCodes() throws Exception {
        Ran r = launch(false);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).doesNotContain(ESC).contains("[ERROR] compilation failed",
                "aftermath: the build failed; see the messages above");
        assertThat(r.out()).isEmpty();
    }
}
