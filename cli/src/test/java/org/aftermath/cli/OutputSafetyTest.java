package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output-folder policy (README "Output folders"), for every command that writes one: a command writes only into
 * a new or empty folder or one the same command wrote before, never touching a file it did not write; it refuses
 * the working folder, the home folder, a file-system root, an empty path and the scenario's folder with exit status 2
 * and one line naming the path; a folder left by a killed run is removed by the next; concurrent runs are safe.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    /** A cheap scenario with a variability block, so that every command can take it. */
    private static final String RUN = CohortCommandTest.SCENARIO.replace("name: cli-cohort", "name: safe");

    private static final String OTHER = RUN.replace("name: safe", "name: other").replace("doubling_days: 10}",
            "doubling_days: 20}");

    /** The scenarios, in a folder of their own. */
    private Path scenarios() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(folder.resolve("safe.yaml"), RUN);
        Files.writeString(folder.resolve("other.yaml"), OTHER);
        Files.writeString(folder.resolve("boost.yaml"), OptimizeCommandTest.BOOST);
        return folder;
    }

    /** @return the arguments of {@code command} writing into {@code out} (cheap settings) */
    private List<String> args(String command, Path scenarios, String out) {
        String safe = scenarios.resolve("safe.yaml").toString();
        return switch (command) {
            case "run" -> List.of("run", safe, "--out", out);
            case "compare" -> List.of("compare", safe, scenarios.resolve("other.yaml").toString(), "--out", out);
            case "cohort" -> List.of("cohort", safe, "--patients", "2", "--threads", "1", "--out", out);
            case "optimize" -> List.of("optimize", scenarios.resolve("boost.yaml").toString(), "--offset", "0:30",
                    "--duration", "0:0", "--interval", "20:20", "--min-interval", "0", "--method", "nelder-mead",
                    "--evaluations", "2", "--threads", "1", "--out", out);
            case "sensitivity" -> List.of("sensitivity", safe, "--method", "morris", "--samples", "2", "--threads", "1",
                    "--out", out);
            case "model export" -> List.of("model", "export", out);
            default -> throw new IllegalArgumentException(command);
        };
    }

    private Outcome run(String command, Path scenarios, String out) {
        return aftermath(args(command, scenarios, out).toArray(String[]::new));
    }

    /** Asserts exit status 2 with one line on stderr naming the path and the problem. */
    private static void refused(Outcome o, String path, String problem) {
        assertThat(o.status()).as(o.err()).isEqualTo(2);
        assertThat(o.err().lines().toList()).as(o.err()).hasSize(1);
        assertThat(o.err()).contains(path).contains(problem).doesNotContain("Exception");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "cohort", "optimize", "sensitivity", "model export"})
    void everyCommandRefusesWhatItMustNotReplace(String command) throws IOException {
        Path scenarios = scenarios();
        String label = command.equals("model export") ? "model export" : "--out";

        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "years of work");
        refused(run(command, scenarios, thesis.toString()), label + " " + thesis, "not empty");
        assertThat(entries(thesis)).containsExactly("chapter1.tex");
        assertThat(thesis.resolve("chapter1.tex")).hasContent("years of work");

        Path file = Files.writeString(dir.resolve("data.csv"), "1,2\n");
        refused(run(command, scenarios, file.toString()), label + " " + file, "is a file");
        assertThat(file).hasContent("1,2\n");

        refused(run(command, scenarios, "."), label + " .", "is the working folder");
        refused(run(command, scenarios, ""), label + ":", "the path is empty");
        refused(run(command, scenarios, "/"), label + " /", "is a file-system root");
        String home = System.getProperty("user.home");
        refused(run(command, scenarios, home), label + " " + home, "is the home folder");
        refused(run(command, scenarios, scenarios.toString()), label + " " + scenarios,
                command.equals("model export") ? "is not empty" : "holds the input");
        assertThat(entries(scenarios)).containsExactly("boost.yaml", "other.yaml", "safe.yaml");

        if (!command.equals("model export")) {
            Path exported = dir.resolve("exported");
            assertThat(aftermath("model", "export", exported.toString()).status()).isZero();
            refused(run(command, scenarios, exported.toString()), "--out " + exported, "did not write it");
            Path ran = dir.resolve("ran");
            String other = command.equals("run") ? "compare" : "run";
            assertThat(run(other, scenarios, ran.toString()).status()).isZero();
            refused(run(command, scenarios, ran.toString()), "--out " + ran, "holds the outputs of 'aftermath "
                    + other + "'");
        }
        assertThat(entries(dir)).noneMatch(n -> n.contains(".partial-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "cohort", "optimize", "sensitivity"})
    void everyCommandReplacesItsOwnFolderButNotAFileItDidNotWrite(String command) throws IOException {
        Path scenarios = scenarios();
        Path out = dir.resolve("out").resolve("x");
        Outcome first = run(command, scenarios, out.toString());
        assertThat(first.status()).as(first.err()).isZero();
        List<String> written = entries(out);
        assertThat(written).contains("manifest.json");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"command\" : \"" + command + "\"");

        Outcome again = run(command, scenarios, out.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(entries(out)).isEqualTo(written);

        Files.writeString(out.resolve("notes.txt"), "mine");
        refused(run(command, scenarios, out.toString()), "--out " + out, "holds notes.txt, which aftermath did not write");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(entries(dir.resolve("out"))).containsExactly("x");
    }

    /** A location the process cannot write (here /sys, which refuses new entries) is one line, exit 2, nothing run. */
    @Test
    void anUnwritableLocationIsOneLine() throws IOException {
        Path sys = Path.of("/sys");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sys), "needs Linux /sys");
        Path target = sys.resolve("aftermath-test-out");
        Outcome o = run("run", scenarios(), target.toString());
        refused(o, "--out " + target + ": cannot be written (", "choose a folder you can write to");
        assertThat(target).doesNotExist();
    }

    /** The bundled studies' scenario names already say their command: the default folder does not repeat it. */
    @Test
    void defaultFoldersDoNotRepeatTheCommand() {
        assertThat(CommonOptions.defaultFolder("figure-3c-cohort", "cohort")).isEqualTo(Path.of("out", "figure-3c-cohort"));
        assertThat(CommonOptions.defaultFolder("optimize-figure-3c", "optimize"))
                .isEqualTo(Path.of("out", "optimize-figure-3c"));
        assertThat(CommonOptions.defaultFolder("sensitivity-figure-3c", "sensitivity"))
                .isEqualTo(Path.of("out", "sensitivity-figure-3c"));
        assertThat(CommonOptions.defaultFolder("figure-3c", "cohort")).isEqualTo(Path.of("out", "figure-3c-cohort"));
        assertThat(CommonOptions.defaultFolder("cohorts", "cohort")).isEqualTo(Path.of("out", "cohorts-cohort"));
    }

    @Test
    void modelExportNeverOverwrites() throws IOException {
        Path out = dir.resolve("model");
        assertThat(aftermath("model", "export", out.toString()).status()).isZero();
        Path edited = out.resolve("tumor-exponential.ant");
        Files.writeString(edited, "// my edits");
        refused(aftermath("model", "export", out.toString()), "model export " + out, "is not empty");
        assertThat(edited).hasContent("// my edits");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(aftermath("model", "export", empty.toString()).status()).isZero();
        assertThat(entries(empty)).contains("README.txt", "tumor-exponential.ant");
    }

    /** A run killed with SIGKILL leaves its hidden staging folder; the next run beside it removes it. */
    @Test
    void aKilledRunsPartialFolderIsRemovedByTheNextRun() throws Exception {
        Path scenarios = scenarios();
        Path out = dir.resolve("runs").resolve("main");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                Path.of("..", "examples", "figure-3c-anti-ddsp.yaml").toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path partial = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (partial == null && p.isAlive() && System.nanoTime() < deadline) {
            if (Files.isDirectory(out.getParent())) {
                partial = entries(out.getParent()).stream().filter(n -> n.startsWith(".main.partial-"))
                        .map(out.getParent()::resolve).findFirst().orElse(null);
            }
            Thread.sleep(20);
        }
        p.destroyForcibly();
        p.waitFor();
        assertThat(partial).as("the child run made its staging folder before it was killed").isNotNull();
        assertThat(partial).exists();
        assertThat(out).doesNotExist();

        Outcome next = run("run", scenarios, out.toString());
        assertThat(next.status()).as(next.err()).isZero();
        assertThat(entries(out.getParent())).containsExactly("main");
    }

    @Test
    void concurrentRunsIntoOneParentAreSafe() throws Exception {
        Path scenarios = scenarios();
        Path parent = dir.resolve("shared");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Outcome>> runs = new ArrayList<>();
            for (String name : new String[] {"a", "a", "b"}) {
                runs.add(pool.submit(() -> run("run", scenarios, parent.resolve(name).toString())));
            }
            for (Future<Outcome> f : runs) {
                Outcome o = f.get();
                assertThat(o.status()).as(o.err()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries(parent)).containsExactly("a", "b");
        assertThat(entries(parent.resolve("a"))).isEqualTo(entries(parent.resolve("b")));
    }
}
