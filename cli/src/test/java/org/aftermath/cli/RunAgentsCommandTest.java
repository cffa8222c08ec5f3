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

/** {@code aftermath run} with therapy agents: exposure and endpoint outputs, BED, bad agent input. */
class RunAgentsCommandTest {

    @TempDir
    Path dir;

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void doxorubicinRunWritesPlasmaColumnsExposureEndpointsAndPatient() throws IOException {
        Path out = dir.resolve("dox");
        Outcome o = aftermath("run", EXAMPLES.resolve("doxorubicin-q21.yaml").toString(), "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("best response");
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(lines.get(0)).startsWith("day,tumor_cells,tumor_volume_cm3,tumor_diameter_cm").contains("doxorubicin_plasma");
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"exposure\"", "\"cmax\"", "\"auc\"", "\"best_response\"",
                "\"time_to_progression_days\"", "\"cure_probability\"", "\"nadir_below_one_cell\"", "\"bed\" : null");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"patient_bsa_m2\" : 1.8", "\"patient_weight_kg\" : 70.0");
    }

    @Test
    void radiotherapyRunReportsBed() throws IOException {
        Path out = dir.resolve("rt");
        Outcome o = aftermath("run", EXAMPLES.resolve("radiotherapy-70gy.yaml").toString(), "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("BED 67.5 Gy (tumour), 116.7 Gy (late tissue)");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"tumor_gy\" : 67.49", "\"late_gy\" : 116.66");
    }

    @Test
    void dryRunShowsAgentDoses() {
        Outcome o = aftermath("run", EXAMPLES.resolve("doxorubicin-q21.yaml").toString(), "--dry-run");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("per dose", "doxorubicin 60 mg/m² iv_bolus", "105");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agent: doxorubicine|treatments[0].agent: unknown agent 'doxorubicine'; closest: doxorubicin",
        "agent: anthracyclines|treatments[0].agent: 'anthracyclines' is a family",
        "agent: doxorubicin, unit: mg|treatments[0].unit: doxorubicin is not dosed in mg (allowed: mg/m²)",
        "agent: doxorubicin, route: sc|treatments[0].route: route sc is not allowed for doxorubicin (allowed: iv_bolus, iv_infusion)",
    })
    void badAgentInputExitsTwoWithOneLine(String keys, String message) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ndays: 30\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n"
                + "treatments:\n  - {" + keys + ", dose: 60, days: [0]}\n");
        Outcome o = aftermath("run", file.toString(), "--out", dir.resolve("o").toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains(file + ": " + message);
        assertThat(o.err().strip().lines()).hasSize(1);
    }
}
