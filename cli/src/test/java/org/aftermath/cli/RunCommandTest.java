package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aftermath run} end to end: outputs, conventions, and bad input. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static final Path TD10 = Path.of("..", "examples", "figure-3a-td10.yaml");

    @Test
    void writesTimeseriesSummaryAndManifest() throws IOException {
        Path out = dir.resolve("run");
        Outcome o = aftermath("run", TD10.toString(), "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.err()).as("no progress bar when stderr is no terminal").isEmpty();
        assertThat(o.out()).contains("outputs: " + out + "/{timeseries.csv, summary.json, manifest.json, report.html}"
                + " and 1 figure (.svg, .png)");
        assertThat(out.resolve("timeseries.csv")).exists();
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(lines.get(0)).startsWith("day,tumor_cells");
        assertThat(lines).hasSize(1 + 148);
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(148)).startsWith("147,");
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"initial_tumor_cells\"", "\"nadir_day\"", "\"regrowth_day\" : null",
                "\"tumor_cells_before\"", "\"skipped_doses\"");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"scenario_sha256\"", "\"seed\" : 1", "\"chemo_kill_fraction\"",
                "\"relative_tolerance\"", "\"steps\"", "\"wall_time_ms\"", "\"report.html\"", "\"tumour-burden.png\"");
        assertThat(siblingsOf(out)).containsExactly("run");
    }

    /**
     * Issue 12: the main job's report showed the anti-DDSP arm alone; a scenario with a modulator is also run
     * without it and its report compares the two. Three weeks of the Figure 3C proposal keep it short.
     */
    @Test
    void aRunWithAModulatorReportsItsControlArm() throws IOException {
        Path scenario = dir.resolve("short.yaml");
        Files.writeString(scenario, Files.readString(Path.of("..", "examples", "figure-3c-anti-ddsp.yaml"))
                .replace("days: 147", "days: 21"));
        Path out = dir.resolve("with-control");
        Outcome o = aftermath("run", scenario.toString(), "--out", out.toString(), "--step", "7");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("control arm (without sulfasalazine):", "-fold fewer cells with them");
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"control-arm\"",
                "control: without sulfasalazine");
        Path without = dir.resolve("without-control");
        Outcome n = aftermath("run", scenario.toString(), "--out", without.toString(), "--step", "7", "--no-control");
        assertThat(n.status()).as(n.err()).isZero();
        assertThat(n.out()).doesNotContain("control arm");
        assertThat(Files.readString(without.resolve("report.html"))).doesNotContain("control-arm");
        for (String f : List.of("timeseries.csv", "summary.json")) {
            assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(without.resolve(f)));
        }
    }

    @Test
    void summaryIsIdenticalWithStep1AndStep7() throws IOException {
        Path daily = dir.resolve("daily");
        Path weekly = dir.resolve("weekly");
        assertThat(aftermath("run", TD10.toString(), "--out", daily.toString()).status()).isZero();
        assertThat(aftermath("run", TD10.toString(), "--out", weekly.toString(), "--step", "7").status()).isZero();
        assertThat(Files.readString(weekly.resolve("summary.json")))
                .isEqualTo(Files.readString(daily.resolve("summary.json")));
        assertThat(Files.readAllLines(weekly.resolve("timeseries.csv"))).hasSize(1 + 22);
    }

    @Test
    void paramOverridesAModelParameterAndIsRecorded() throws IOException {
        Path out = dir.resolve("p");
        Outcome o = aftermath("run", TD10.toString(), "--out", out.toString(), "--param", "chemo_kill_fraction=0.5");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"chemo_kill_fraction\" : 0.5");
    }

    /**
     * Issue 11 item 2: a negative rate used to run (-5.9e16 cells, cure probability "Infinity");
     * outside its domain it exits 2 naming the parameter, the value and the domain, in --dry-run too.
     * Outside the plausible range a value runs, warns on stderr and is recorded in the manifest.
     */
    @Test
    void aValueOutsideItsDomainIsRefusedAndOneOutsideItsRangeWarns() throws IOException {
        Path antiDdsp = Path.of("..", "examples", "figure-3c-anti-ddsp.yaml");
        for (String mode : List.of("--dry-run", "--step=147")) {
            Outcome o = aftermath("run", antiDdsp.toString(), "--param", "k_tolerance=-1", mode,
                    "--out", dir.resolve("refused").toString());
            assertThat(o.status()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).startsWith("aftermath: --param: k_tolerance: must be in [0, inf), the domain of"
                    + " k_tolerance (").contains("tme-cancer.ant:", "(got -1.0)").doesNotContain("Exception");
            assertThat(o.err().lines()).hasSize(1);
        }
        assertThat(dir.resolve("refused")).doesNotExist();
        Path out = dir.resolve("warned");
        Outcome o = aftermath("run", TD10.toString(), "--out", out.toString(), "--step", "147", "--param",
                "doubling_days=200");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.err()).contains("warning: --param: doubling_days: 200.0 is outside the plausible range 2.5 .. 120");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"range_warnings\" : [ \"--param:"
                + " doubling_days: 200.0 is outside the plausible range 2.5 .. 120");
    }

    /** Issue 11 item 5: --step 1e-6 ran out of memory; the grid's row budget refuses it in --dry-run as in run. */
    @Test
    void anOutputGridBeyondTheRowBudgetIsRefusedBeforeAnythingRuns() {
        for (String mode : List.of("--dry-run", "--seed=1")) {
            Outcome o = aftermath("run", TD10.toString(), "--step", "1e-6", mode, "--out", dir.resolve("grid").toString());
            assertThat(o.status()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).isEqualTo("aftermath: ../examples/figure-3a-td10.yaml: days: 147 days with --step 1.0E-6"
                    + " gives 147000001 output rows (at most 200000; use --step 0.000735 or more, or a shorter horizon)\n");
        }
        assertThat(dir.resolve("grid")).doesNotExist();
    }

    @Test
    void dryRunPrintsTheDoseTableAndWritesNothing() {
        Path out = dir.resolve("dry");
        Outcome o = aftermath("run", TD10.toString(), "--out", out.toString(), "--dry-run");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("chemo", "126");
        assertThat(out).doesNotExist();
    }

    @Test
    void rerunReplacesAnEarlierOutputFolderButNotAFileItDidNotWrite() throws IOException {
        Path out = dir.resolve("again");
        assertThat(aftermath("run", TD10.toString(), "--out", out.toString()).status()).isZero();
        assertThat(aftermath("run", TD10.toString(), "--out", out.toString()).status()).isZero();
        Files.writeString(out.resolve("notes.txt"), "mine");
        Outcome refused = aftermath("run", TD10.toString(), "--out", out.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("aftermath: --out " + out + ": holds notes.txt, which aftermath did not"
                + " write (its manifest.json does not list it); move it away, or write into a new or empty folder, or"
                + " one an earlier 'aftermath run' wrote\n");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(siblingsOf(out)).containsExactly("again");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key tumour            | name: x\\ndays: 10\\ntumour:\\n  cells: 1e9                                           | tumour
            negative doubling time        | name: x\\ndays: 10\\ntumor:\\n  cells: 1e9\\n  growth:\\n    law: exponential\\n    doubling_days: -3 | tumor.growth.doubling_days
            zero cycles                   | name: x\\ndays: 10\\ntumor:\\n  cells: 1e9\\n  growth:\\n    law: exponential\\n    doubling_days: 3\\ntreatments:\\n  - name: c\\n    kill_fraction: 0.5\\n    every_days: 21\\n    cycles: 0 | treatments[0].cycles
            kill fraction 1               | name: x\\ndays: 10\\ntumor:\\n  cells: 1e9\\n  growth:\\n    law: exponential\\n    doubling_days: 3\\ntreatments:\\n  - name: c\\n    kill_fraction: 1\\n    every_days: 21\\n    cycles: 2 | treatments[0].kill_fraction
            malformed yaml                | name: x\\ndays: [10\\n                                                               | bad.yaml
            """)
    void badInputExitsTwoWithOneLineAndNoOutput(String label, String yaml, String expected) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));
        Path out = dir.resolve("never");
        Outcome o = aftermath("run", file.toString(), "--out", out.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(o.err()).contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingFileAndBadOptionsExitTwo() {
        Outcome missing = aftermath("run", dir.resolve("nope.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml").doesNotContain("Exception");
        Outcome badParam = aftermath("run", TD10.toString(), "--param", "chemo_kill_fraction=lots");
        assertThat(badParam.status()).isEqualTo(2);
        assertThat(badParam.err()).contains("--param", "chemo_kill_fraction");
        Outcome unknownParam = aftermath("run", TD10.toString(), "--param", "no_such=1");
        assertThat(unknownParam.status()).isEqualTo(2);
        assertThat(unknownParam.err()).contains("no_such");
        Outcome badStep = aftermath("run", TD10.toString(), "--step", "0");
        assertThat(badStep.status()).isEqualTo(2);
        assertThat(badStep.err()).contains("--step");
        Outcome badIntegrator = aftermath("run", TD10.toString(), "--integrator", "euler");
        assertThat(badIntegrator.status()).isEqualTo(2);
        assertThat(badIntegrator.err()).contains("rosenbrock");
    }

    private static List<String> siblingsOf(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p.getParent())) {
            return s.map(x -> x.getFileName().toString()).filter(n -> !n.equals("bad.yaml")).sorted().toList();
        }
    }
}
