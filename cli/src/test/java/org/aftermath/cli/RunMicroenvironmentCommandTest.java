package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aftermath run} with the microenvironment model: factor columns and summary, bad keys exit 2. */
class RunMicroenvironmentCommandTest {

    @TempDir
    Path dir;

    @Test
    void tenGrayRunWritesFactorColumnsAndTheFactorSummary() throws IOException {
        Path out = dir.resolve("rt");
        Outcome o = aftermath("run", Path.of("..", "examples", "mechanisms", "dose-10gy.yaml").toString(),
                "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        String header = Files.readAllLines(out.resolve("timeseries.csv")).get(0);
        assertThat(List.of(header.split(","))).contains("senescent_stroma_fraction", "stroma_ddr", "nfkb", "cebpb",
                "mir146", "il6", "wnt16b", "timp1");
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"factors\"", "\"il6\"", "\"baseline\" : 5.0", "\"peak_fold_change\"",
                "\"excess_auc\"", "\"modulators\" : [ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "knockouts: [NFKB, TP53]|knockouts[1]: unknown node 'TP53' (allowed: ANGPTL4, AREG, ATM, CEBPB",
        "treatments: [{agent: doxorubicin, dose: 60, days: [0]}, {agent: sulfasalazine, dose: 1000, every_days: 1, between: cisplatin, gap_days: 2}]"
                + "|treatments[1].between: names no treatment declared before this one with its own schedule (allowed: doxorubicin)",
        "treatments: [{agent: doxorubicin, dose: 60, days: [0]}, {agent: sulfasalazine, dose: 1000, every_days: 1, days: [3], between: doxorubicin}]"
                + "|treatments[1].days: does not combine with between (give exactly one schedule form:",
        "stroma: {fibroblast: 1, macrophage: 1}|stroma.macrophage: unknown key (allowed: fibroblast, endothelial, immune)",
    })
    void badMicroenvironmentInputExitsTwoWithOneLine(String keys, String message) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ndays: 30\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n"
                + keys + "\n");
        Outcome o = aftermath("run", file.toString(), "--out", dir.resolve("o").toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains(file + ": " + message);
        assertThat(o.err().strip().lines()).hasSize(1);
    }
}
