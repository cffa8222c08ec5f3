package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aftermath.cli.Cli.Outcome;
import org.aftermath.output.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath compare} end to end. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static final String TD10 = Path.of("..", "examples", "figure-3a-td10.yaml").toString();
    private static final String TD60 = Path.of("..", "examples", "figure-3a-td60.yaml").toString();

    @Test
    void comparesTheFigure3aPair() throws Exception {
        Path out = dir.resolve("cmp");
        Outcome o = aftermath("compare", TD10, TD60, "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains("figure-3a-td10: final burden 2.66 × 10⁶ cells (relative to figure-3a-td10: 1)",
                "figure-3a-td60: final burden 546.4 cells (relative to figure-3a-td10: 2.05 × 10⁻⁴)",
                "compare.html");
        assertThat(out.resolve("compare.html")).isNotEmptyFile();
        assertThat(out.resolve("compare-tumour-burden.svg")).isNotEmptyFile();
        assertThat(out.resolve("compare-tumour-burden.png")).isNotEmptyFile();
        String html = Files.readString(out.resolve("compare.html"));
        assertThat(html).contains("figure-3a-td10", "figure-3a-td60", "<svg");

        // issue 12 bug 4: compare wrote no manifest
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("command").asText()).isEqualTo("compare");
        assertThat(manifest.get("scenarios").get(1).get("scenario_file").asText()).isEqualTo(TD60);
        assertThat(manifest.get("scenarios").get(1).get("scenario_sha256").asText())
                .isEqualTo(Sha256.of(Path.of(TD60)));
        assertThat(manifest.get("solver").get("integrator").asText()).isEqualTo("auto");
        assertThat(manifest.get("files")).extracting(JsonNode::asText).containsExactlyInAnyOrder("compare.html",
                "compare-tumour-burden.svg", "compare-tumour-burden.png", "manifest.json");
    }

    @Test
    void theSameScenarioTwiceIsBadInput() {
        Outcome o = aftermath("compare", TD10, Path.of("..", "examples", ".", "figure-3a-td10.yaml").toString(),
                "--out", dir.resolve("cmp").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).isEqualTo("aftermath: compare: " + Path.of("..", "examples", ".", "figure-3a-td10.yaml")
                + " is given twice (scenarios 1 and 2); compare different scenarios\n");
    }

    @Test
    void differentHorizonsAreWarnedOfAndAFailingScenarioIsNamed() throws Exception {
        Path shorter = dir.resolve("short.yaml");
        Files.writeString(shorter, Files.readString(Path.of(TD60)).replace("days: 147", "days: 42"));
        Path out = dir.resolve("cmp");
        Outcome o = aftermath("compare", TD10, shorter.toString(), "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        String warning = "the horizons differ (figure-3a-td10 147, figure-3a-td60 42 days): each final burden is read"
                + " on its own last day, so their ratios compare different days";
        assertThat(o.err()).endsWith("\nwarning: " + warning + "\n");
        assertThat(Files.readString(out.resolve("compare.html"))).contains(warning);

        Path fast = dir.resolve("fast.yaml");
        Files.writeString(fast, "name: fast\ndays: 147\ntumor: {cells: 1.0e9, growth: {law: exponential,"
                + " doubling_days: 0.001}}\n");
        Outcome failed = aftermath("compare", TD10, fast.toString(), "--out", dir.resolve("cmp2").toString());
        assertThat(failed.status()).isEqualTo(Main.FAILED);
        // a doubling time outside its plausible range runs, with a warning first (issue 11 item 2)
        assertThat(failed.err()).startsWith("warning: " + fast + ": tumor.growth.doubling_days: 0.001 is outside the"
                + " plausible range 2.5 .. 120").contains("\naftermath: simulation failed: " + fast + ": ");
        assertThat(dir.resolve("cmp2")).doesNotExist();
    }

    @Test
    void oneScenarioIsNotAComparison() {
        Outcome o = aftermath("compare", TD10);
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("requires at least 2 values");
    }

    @Test
    void aMissingFileFailsBeforeAnythingRuns() {
        Path out = dir.resolve("cmp");
        Outcome o = aftermath("compare", TD10, dir.resolve("nope.yaml").toString(), "--out", out.toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("nope.yaml").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void badStepIsRejected() {
        Outcome o = aftermath("compare", TD10, TD60, "--step", "0");
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("--step");
    }

    @Test
    void defaultFolderNamesTheScenariosAndStaysShort() {
        assertThat(CompareCommand.defaultFolder(List.of("figure-3a-td10", "figure-3a-td60")))
                .isEqualTo("compare-figure-3a-td10-vs-figure-3a-td60");
        assertThat(CompareCommand.defaultFolder(List.of("a (x/a.yaml)", "a (y/a.yaml)"))).isEqualTo("compare-a-vs-a");
        List<String> many = Collections.nCopies(20, "a-rather-long-scenario-name");
        assertThat(CompareCommand.defaultFolder(many)).isEqualTo("compare-a-rather-long-scenario-name-vs-19-more");
    }
}
