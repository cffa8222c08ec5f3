package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath optimize} end to end on a cheap scenario with a known best gap. */
class OptimizeCommandTest {

    @TempDir
    Path dir;

    /** Gompertz growth: the boost is worth most at the end of its window, offset = every_days = 20. */
    static final String BOOST = """
            name: gompertz-boost
            days: 60
            tumor:
              cells: 1.0e9
              growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.05}
            treatments:
              - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 20, cycles: 3}
              - {name: boost, kill_fraction: 0.5, every_days: 100, between: chemo, offset_days: 2}
            """;

    private Path scenario(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void findsTheBestGapAndWritesARunnableScenario() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Path out = dir.resolve("opt");
        Outcome o = aftermath("optimize", file.toString(), "--offset", "0:30", "--duration", "0:0",
                "--interval", "20:20", "--min-interval", "0", "--method", "nelder-mead", "--evaluations", "25",
                "--integrator", "auto", "--rtol", "1e-10", "--atol", "1e-12", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("gompertz-boost: best log10_final_burden", "optimize.json");
        for (String f : new String[] {"optimize.json", "evaluations.csv", "best-scenario.yaml", "optimize.html",
                "optimize-convergence.svg", "optimize-convergence.png"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("optimize.json").toFile());
        assertThat(json.get("best").get("offset_days").asDouble()).isCloseTo(20, within(0.25));
        assertThat(json.get("improvement").asDouble()).isPositive();
        assertThat(Files.readAllLines(out.resolve("evaluations.csv"))).hasSize(json.get("evaluations").asInt() + 1);
        assertThat(Files.readString(out.resolve("optimize.html"))).contains("<svg", "Best schedule", "Constraints");

        // optimize ran with run's default integrator and tolerances, so the run reproduces the objective exactly
        Path rerun = dir.resolve("rerun");
        Outcome run = aftermath("run", out.resolve("best-scenario.yaml").toString(), "--out", rerun.toString());
        assertThat(run.status()).as(run.err()).isZero();
        double finalCells = new ObjectMapper().readTree(rerun.resolve("summary.json").toFile())
                .get("final_tumor_cells").asDouble();
        assertThat(Math.log10(finalCells)).isEqualTo(json.get("best_objective").asDouble());
    }

    /** The bundled example runs as its comment says (here with a budget of two evaluations). */
    @Test
    void bundledExampleRuns() throws Exception {
        Path out = dir.resolve("example");
        Outcome o = aftermath("optimize", Path.of("..", "examples", "optimize-figure-3c.yaml").toString(),
                "--evaluations", "2", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("optimize.json").toFile());
        assertThat(json.get("own").get("modulator").asText()).isEqualTo("sulfasalazine");
        assertThat(json.get("own").get("offset_days").asDouble()).isEqualTo(2.0);
        assertThat(json.get("own").get("duration_days").asDouble()).isEqualTo(17.0);
        assertThat(json.get("constraints").get(0).get("limit").asDouble()).isEqualTo(450.0);
        assertThat(json.get("best_objective").asDouble()).isLessThanOrEqualTo(json.get("own_objective").asDouble());
    }

    @Test
    void aScenarioWithoutACytotoxicTreatmentIsBadInput() throws Exception {
        Path file = scenario("none.yaml", """
                name: untreated
                days: 30
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                """);
        Outcome o = aftermath("optimize", file.toString(), "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n")
                .contains(file.toString(), "no cytotoxic treatment");
    }

    /**
     * A minimum interval longer than the horizon leaves one chemotherapy dose: every schedule searched is worse than
     * the scenario's own three doses (which violates the constraint), so no "best" scenario is saved, and why is said.
     */
    @Test
    void aBestWorseThanTheScenariosOwnIsNotSavedAndTheConstraintsAreExplained() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Path out = dir.resolve("opt");
        Outcome o = aftermath("optimize", file.toString(), "--min-interval", "70", "--method", "nelder-mead",
                "--evaluations", "3", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.err()).contains(
                "warning: the minimum interval 70 days is not shorter than the horizon (60 days): every schedule"
                        + " searched gives chemo once (--min-interval)",
                "warning: the scenario's own schedule violates the constraints (interval 20.0 d < minimum 70.0)",
                "best-scenario.yaml is not written; relax the constraints or widen the bounds");
        assertThat(o.out()).contains("best-scenario.yaml is not written").doesNotContain("best-scenario.yaml,");
        assertThat(out.resolve("best-scenario.yaml")).doesNotExist();
        JsonNode json = new ObjectMapper().readTree(out.resolve("optimize.json").toFile());
        assertThat(json.get("best_scenario_file").isNull()).isTrue();
        assertThat(json.get("warnings")).hasSize(3);
        assertThat(json.get("best_objective").asDouble()).isGreaterThan(json.get("own_objective").asDouble());
        assertThat(Files.readString(out.resolve("optimize.html"))).contains("is not written");
    }

    @Test
    void reversedBoundsAreBadInput() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Outcome o = aftermath("optimize", file.toString(), "--offset", "10:2", "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).isEqualTo("aftermath: --offset: the bounds are reversed (10:2; give MIN:MAX with"
                + " MIN <= MAX)");
    }

    @Test
    void anUnknownModulatorIsBadInput() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Outcome o = aftermath("optimize", file.toString(), "--modulator", "sulfasalazin:1000",
                "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n")
                .contains("--modulator: unknown modulator 'sulfasalazin'", "did you mean 'sulfasalazine'");
    }

    @Test
    void aCytotoxicAgentIsNotAModulator() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Outcome o = aftermath("optimize", file.toString(), "--modulator", "cisplatin:75",
                "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("'cisplatin' is not a modulator (it is cytotoxic)");
    }

    @Test
    void aCohortNeedsVariability() throws Exception {
        Path file = scenario("boost.yaml", BOOST);
        Outcome o = aftermath("optimize", file.toString(), "--patients", "4", "--out", dir.resolve("x").toString());
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err().strip()).doesNotContain("\n").contains("variability");
    }
}
