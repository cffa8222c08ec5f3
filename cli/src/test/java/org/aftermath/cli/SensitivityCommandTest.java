package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath sensitivity} end to end on an untreated tumour (cheap runs). */
class SensitivityCommandTest {

    @TempDir
    Path dir;

    static final String UNTREATED = """
            name: untreated
            days: 60
            tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
            variability:
              tumor.cells: {lognormal: {median: 1.0e9, cv: 1.0}}
              tumor.growth.doubling_days: {uniform: {min: 5, max: 20}}
              patient.bsa_m2: {uniform: {min: 1.5, max: 2.1}}
            """;

    private Path scenario(String text) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void sobolWritesTheTableChartAndReport() throws Exception {
        Path out = dir.resolve("sobol");
        Outcome o = aftermath("sensitivity", scenario(UNTREATED).toString(), "--samples", "16", "--threads", "2",
                "--bootstrap", "200", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("untreated: sobol sensitivity of log10_final_burden to 3 inputs, 80 runs",
                "tumor.growth.doubling_days", "sensitivity.csv");
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).isEqualTo("input,first_order,first_order_lower,first_order_upper,total,total_lower,"
                + "total_upper");
        assertThat(csv.get(3)).isEqualTo("patient.bsa_m2,0.0,0.0,0.0,0.0,0.0,0.0");
        JsonNode json = new ObjectMapper().readTree(out.resolve("sensitivity.json").toFile());
        assertThat(json.get("method").asText()).isEqualTo("sobol");
        assertThat(json.get("runs").asInt()).isEqualTo(80);
        assertThat(json.get("indices").get(1).get("total").get("value").asDouble()).isCloseTo(0.78, within(0.15));
        assertThat(json.get("inputs").get(0).get("distribution").asText()).isEqualTo("lognormal");
        String svg = Files.readString(out.resolve("sensitivity.svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg");
        assertThat(Files.readString(out.resolve("sensitivity.html"))).contains("<svg", "tumor.cells", "Indices");
    }

    @Test
    void morrisRanksTheInputs() throws Exception {
        Path out = dir.resolve("morris");
        Outcome o = aftermath("sensitivity", scenario(UNTREATED).toString(), "--method", "morris", "--samples", "4",
                "--threads", "1", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertThat(csv.get(0)).isEqualTo("input,mu,mu_star,sigma,rank");
        assertThat(csv.get(2)).startsWith("tumor.growth.doubling_days,").endsWith(",1");
        assertThat(csv.get(3)).isEqualTo("patient.bsa_m2,0.0,0.0,0.0,3");
    }

    /** The bundled example runs (here screened with two Morris trajectories: 10 runs). */
    @Test
    void bundledExampleRuns() throws Exception {
        Path out = dir.resolve("example");
        Outcome o = aftermath("sensitivity", Path.of("..", "examples", "sensitivity-figure-3c.yaml").toString(),
                "--method", "morris", "--samples", "2", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv"))).hasSize(5);
    }

    @Test
    void aScenarioWithoutVariabilityIsBadInput() throws Exception {
        Path file = scenario("""
                name: fixed
                days: 10
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                """);
        Outcome o = aftermath("sensitivity", file.toString(), "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n").contains(file.toString(), "variability",
                "needs inputs with distributions");
    }

    @Test
    void sobolRefusesCorrelatedInputs() throws Exception {
        Path file = scenario(UNTREATED + "correlations: [[tumor.cells, tumor.growth.doubling_days, 0.5]]\n");
        Outcome o = aftermath("sensitivity", file.toString(), "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n").contains("Sobol indices assume independent inputs",
                "--method morris");
    }

    @Test
    void anUnknownOutcomeIsBadInput() throws Exception {
        Outcome o = aftermath("sensitivity", scenario(UNTREATED).toString(), "--outcome", "volume");
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).isEqualTo("aftermath: --outcome: unknown outcome 'volume' (allowed: final_burden,"
                + " log10_final_burden, nadir, progression_day)");
    }
}
