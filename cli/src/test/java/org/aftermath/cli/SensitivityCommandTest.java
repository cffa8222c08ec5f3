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

        // N = 16 is too small: said, and each index showing sampling error flagged (S1 0.33 > ST 0.19 for
        // tumor.cells; the doubling time's S1 0.85 > ST 0.73, and its intervals reach above 1)
        assertThat(o.err()).contains("warning: N = 16 base samples is below the 64 recommended",
                "warning: tumor.cells: S1 > ST — sampling error", "warning: tumor.growth.doubling_days: S1 > ST, S1"
                        + " interval outside [0, 1], ST interval outside [0, 1]").doesNotContain("patient.bsa_m2");
        assertThat(json.get("warnings")).hasSize(3);
        assertThat(Files.readString(out.resolve("sensitivity.html"))).contains("warning: tumor.cells: S1 &gt; ST");
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
    void anUnknownEngineIsBadInputAndWritesNothing() throws Exception {
        Path out = dir.resolve("engine");
        Outcome o = aftermath("sensitivity", scenario(UNTREATED).toString(), "--samples", "8", "--engine", "nope",
                "--out", out.toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n").startsWith("aftermath: --engine: unknown engine 'nope'")
                .contains("available: local");
        assertThat(out).doesNotExist();
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
    void tooFewOrTooManySamplesAreRefusedBeforeAnythingRuns() throws Exception {
        Path file = scenario(UNTREATED);
        Outcome few = aftermath("sensitivity", file.toString(), "--samples", "4", "--out", dir.resolve("x").toString());
        assertThat(few.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(few.err()).isEqualTo("aftermath: --samples: Sobol indices need N >= 8 (got 4): fewer base samples"
                + " have too few distinct bootstrap resamples for a 95 % interval; 64 or more are recommended\n");
        Outcome many = aftermath("sensitivity", file.toString(), "--samples", "1073741824", "--out",
                dir.resolve("x").toString());
        assertThat(many.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(many.err()).isEqualTo("aftermath: --samples: sensitivity: N (k + 2) = 1073741824 x 5 = 5368709120"
                + " simulations is more than the 10000000 a study may run; give a smaller N\n");
        Outcome morris = aftermath("sensitivity", file.toString(), "--method", "morris", "--samples", "1073741824",
                "--out", dir.resolve("x").toString());
        assertThat(morris.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(morris.err()).contains("r (k + 1) = 1073741824 x 4 = 4294967296 simulations");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void anUnknownOutcomeIsBadInput() throws Exception {
        Outcome o = aftermath("sensitivity", scenario(UNTREATED).toString(), "--outcome", "volume");
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).isEqualTo("aftermath: --outcome: unknown outcome 'volume' (allowed: final_burden,"
                + " log10_final_burden, nadir, nadir_day, progression_day, log10_benefit)");
    }

    /**
     * The modulators' benefit as the outcome: each row runs its control arm too (doxorubicin alone), and the
     * antibody's own potency, a parameter the control's model lacks, is an input like any other.
     */
    @Test
    void theBenefitOfTheModulatorsIsAnOutcome() throws Exception {
        Path file = scenario("""
                name: benefit
                days: 42
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                stroma: {fibroblast: 1.0, endothelial: 0.2, immune: 0.1}
                treatments:
                  - {agent: doxorubicin, dose: 60, start_day: 0, every_days: 21, cycles: 2}
                  - {agent: anti-wnt16b, dose: 10, every_days: 7, between: doxorubicin, gap_days: 2}
                variability:
                  parameters.anti_wnt16b_k_neutralise: {uniform: {min: 0.01, max: 1}}
                  patient.bsa_m2: {uniform: {min: 1.5, max: 2.1}}
                """);
        Path out = dir.resolve("benefit");
        Outcome o = aftermath("sensitivity", file.toString(), "--method", "morris", "--samples", "2", "--outcome",
                "log10_benefit", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("morris sensitivity of log10_benefit to 2 inputs, 6 runs");
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertThat(csv.get(1)).startsWith("parameters.anti_wnt16b_k_neutralise,").endsWith(",1");
        assertThat(Double.parseDouble(csv.get(1).split(",")[2])).isPositive();

        Outcome none = aftermath("sensitivity", scenario(UNTREATED).toString(), "--outcome", "log10_benefit",
                "--out", dir.resolve("none").toString());
        assertThat(none.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(none.err().strip()).doesNotContain("\n").startsWith("aftermath: --outcome log10_benefit: ")
                .contains("has no control arm to compare with");
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
