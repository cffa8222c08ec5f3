package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow the README promises, through the command line: export the bundled model, edit a
 * regulation (a rate law) and a parameter, run a scenario on the edited files and see the change
 * against the closed form; a broken file gets a message naming its line.
 */
class ModelWorkflowTest {

    private static final String SCENARIO = """
            name: crowded
            days: 20
            tumor:
              cells: 1.0e9
              growth:
                law: exponential
                doubling_days: 10
            """;
    private static final String RATE = "growth: -> N; ln(2) / doubling_days * N;";
    /** The regulation: growth repressed by crowding, r N K / (K + N). */
    private static final String REPRESSED = "growth: -> N; ln(2) / doubling_days * N * hillr(N, crowding, 1);\n"
            + "crowding = 2e9; crowding has cells  //@ source: assumed | range: 1e9 .. 1e12 | note: half-repression size";

    @TempDir
    Path dir;

    private double finalCells(Path scenario) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime());
        Outcome run = aftermath("run", scenario.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("final_tumor_cells").asDouble();
    }

    /** Residual of the closed form of dN/dt = r N K / (K + N): ln(N/N0) + (N - N0)/K - r t. */
    private static double residual(double n, double k) {
        double n0 = 1e9;
        return Math.log(n / n0) + (n - n0) / k - Math.log(2) / 10 * 20;
    }

    @Test
    void exportEditRunAndSeeTheChange() throws IOException {
        Path scenario = dir.resolve("crowded.yaml");
        Files.writeString(scenario, SCENARIO);
        assertThat(finalCells(scenario)).isCloseTo(4e9, org.assertj.core.data.Percentage.withPercentage(1e-7));

        Outcome export = aftermath("model", "export", dir.resolve("my-model").toString());
        assertThat(export.status()).as(export.err()).isZero();
        Path file = dir.resolve("my-model").resolve("tumor-exponential.ant");
        assertThat(dir.resolve("my-model").resolve("README.txt")).content().contains("model: " + dir.resolve("my-model") + "\n");
        String text = Files.readString(file);
        assertThat(text).contains(RATE);
        Files.writeString(file, text.replace(RATE, REPRESSED));
        Files.writeString(scenario, SCENARIO + "model: my-model\n");

        Outcome check = aftermath("model", "--check", dir.resolve("my-model").toString());
        assertThat(check.status()).as(check.out()).isZero();
        double repressed = finalCells(scenario);
        assertThat(repressed).isLessThan(3e9);
        assertThat(residual(repressed, 2e9)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-8));

        Files.writeString(file, Files.readString(file).replace("crowding = 2e9", "crowding = 1e12"));
        double relaxed = finalCells(scenario);
        assertThat(relaxed).isGreaterThan(repressed).isLessThan(4e9);
        assertThat(residual(relaxed, 1e12)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-8));

        Outcome shown = aftermath("model", scenario.toString());
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("model files: " + dir.resolve("my-model"))
                .contains("growth: -> N;  rate = ln(2)/doubling_days*N*hillr(N, crowding, 1)")
                .contains("crowding = 1e12 cells");
    }

    @Test
    void editedDrugModuleIsUsedInRuns() throws IOException {
        Outcome export = aftermath("model", "export", dir.resolve("pk").toString());
        assertThat(export.status()).as(export.err()).isZero();
        Path pk = dir.resolve("pk").resolve("pk-doxorubicin.ant");
        String text = Files.readString(pk);
        assertThat(text).contains("k10 = 28.8;");
        Files.writeString(pk, text.replace("k10 = 28.8;", "k10 = 57.6;"));
        Path scenario = dir.resolve("dox.yaml");
        Files.writeString(scenario, """
                name: dox
                days: 42
                tumor:
                  cells: 1.0e9
                  growth:
                    law: exponential
                    doubling_days: 30
                treatments:
                  - agent: doxorubicin
                    dose: 60
                    start_day: 0
                    every_days: 21
                    cycles: 2
                patient:
                  bsa_m2: 1.8
                model: pk
                """);
        Path out = dir.resolve("out-pk");
        Outcome run = aftermath("run", scenario.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        // AUC over a dosing interval at steady state = dose / CL, CL = k10 V1 BSA:
        // 60 mg/m2 * 1.8 m2 / (57.6 /day * 25 L/m2 * 1.8 m2) = 0.041667 mg day/L (half the bundled value).
        double auc = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("exposure").get(0).get("doses").get(1).get("auc").asDouble();
        assertThat(auc).isCloseTo(60.0 / (57.6 * 25), org.assertj.core.data.Percentage.withPercentage(0.01));
    }

    /**
     * The exported microenvironment modules are part of runs of scenarios that dose an agent (the exported README.txt
     * said they were not): without the fibroblasts' DDSP (strength 0) IL-6 rises less above its baseline after doxorubicin.
     */
    @Test
    void editedMicroenvironmentModuleIsUsedInRuns() throws IOException {
        Path model = dir.resolve("tme");
        assertThat(aftermath("model", "export", model.toString()).status()).isZero();
        assertThat(model.resolve("README.txt")).content()
                .contains("the microenvironment modules (tme-*.ant)\nwhen the scenario doses an agent")
                .doesNotContain("not yet part of scenario runs");
        Path ddsp = model.resolve("tme-ddsp.ant");
        String text = Files.readString(ddsp);
        assertThat(text).contains("ddsp_strength_fib = 1 ");
        Files.writeString(ddsp, text.replace("ddsp_strength_fib = 1 ", "ddsp_strength_fib = 0 "));
        String scenario = """
                name: dox-stroma
                days: 21
                tumor:
                  cells: 1.0e9
                  growth:
                    law: exponential
                    doubling_days: 30
                stroma: {fibroblast: 1.0, endothelial: 0.2, immune: 0.1}
                treatments:
                  - agent: doxorubicin
                    dose: 60
                    every_days: 21
                    cycles: 1
                """;
        Path bundled = dir.resolve("bundled.yaml");
        Files.writeString(bundled, scenario);
        Path edited = dir.resolve("edited.yaml");
        Files.writeString(edited, scenario + "model: tme\n");
        // the rise of IL-6 above its baseline (peak fold change - 1) falls by more than a third without the fibroblasts' DDSP
        assertThat(il6Peak(bundled) - 1).isGreaterThan(1.5 * (il6Peak(edited) - 1));
    }

    private double il6Peak(Path scenario) throws IOException {
        Path out = dir.resolve("out-" + scenario.getFileName());
        Outcome run = aftermath("run", scenario.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode factors = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("factors");
        java.util.Iterator<String> ids = factors.fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            if (id.equalsIgnoreCase("il6")) {
                return factors.get(id).get("peak_fold_change").asDouble();
            }
        }
        throw new AssertionError("no IL-6 in " + factors);
    }

    @Test
    void brokenModelFileGetsAMessageNamingTheLine() throws IOException {
        aftermath("model", "export", dir.resolve("m").toString());
        Path file = dir.resolve("m").resolve("tumor-exponential.ant");
        String text = Files.readString(file);
        Files.writeString(file, text.replace(RATE, "growth: -> N; ln(2) / doubling_dayz * N;"));
        int line = text.lines().toList().indexOf(RATE) + 1;

        Outcome check = aftermath("model", "--check", file.toString());
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.out()).startsWith(file + ":" + line + ": undefined name 'doubling_dayz'");

        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO + "model: m\n");
        Outcome run = aftermath("run", scenario.toString(), "--out", dir.resolve("o").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":" + line + ": undefined name 'doubling_dayz'");
        assertThat(run.err()).doesNotContain("Exception");
    }

    /**
     * Issue 11: a 1,000-term sum passed {@code --check} and then failed to compile; 10,000 terms
     * overflowed the stack. Now the first runs and the second is refused by both with its line.
     */
    @Test
    void aThousandTermSumRunsAndATenThousandTermSumIsRefusedWithItsLine() throws IOException {
        aftermath("model", "export", dir.resolve("m").toString());
        Path file = dir.resolve("m").resolve("tumor-exponential.ant");
        String text = Files.readString(file);
        int line = text.lines().toList().indexOf(RATE) + 1;
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO + "model: m\n");
        for (int terms : new int[] {1000, 10_000}) {
            StringBuilder sum = new StringBuilder("0");
            for (int i = 0; i < terms; i++) {
                sum.append(" + extra");
            }
            // the sum is 0 per day, so the outcome is the bundled model's
            Files.writeString(file, text.replace(RATE, "growth: -> N; (ln(2) / doubling_days + " + sum + ") * N;\n"
                    + "extra = 0; extra has per_day  //@ source: assumed"));
            Outcome check = aftermath("model", "--check", file.toString());
            Outcome run = aftermath("run", scenario.toString(), "--out", dir.resolve("o" + terms).toString());
            if (terms == 1000) {
                assertThat(check.status()).as(check.out()).isZero();
                assertThat(run.status()).as(run.err()).isZero();
                assertThat(run.out()).contains("-> 4.000e+09 on the last day"); // 1e9 x 2^(20/10)
            } else {
                String message = file + ":" + line + ": expression too large: 20008 operands and operators (at most 2500)";
                assertThat(check.status()).isEqualTo(2);
                assertThat(check.out()).startsWith(message);
                assertThat(run.status()).isEqualTo(2);
                assertThat(run.err()).contains(message).doesNotContain("Exception", "Error");
            }
        }
    }

    /** Exports the bundled model into {@code my-model}, replaces the growth rate by {@code rate}; @return the scenario on it */
    private Path editedGrowth(String rate) throws IOException {
        Outcome export = aftermath("model", "export", dir.resolve("my-model").toString());
        assertThat(export.status()).as(export.err()).isZero();
        Path file = dir.resolve("my-model").resolve("tumor-exponential.ant");
        String text = Files.readString(file);
        assertThat(text).contains(RATE).contains("species N in tumor_bed = 1e9;  //@ domain: [0, inf)");
        Files.writeString(file, text.replace(RATE, rate));
        Path scenario = dir.resolve("edited.yaml");
        Files.writeString(scenario, SCENARIO + "model: my-model\n");
        return scenario;
    }

    /** Issue 11 item 5: --dry-run called a scenario valid whose model file run refuses; now both refuse it alike. */
    @Test
    void dryRunRefusesAModelFileThatRunRefuses() throws IOException {
        Path scenario = editedGrowth("growth: -> N; ln(2) / undefined_td * N;");
        for (String mode : java.util.List.of("--dry-run", "--step=20")) {
            Outcome o = aftermath("run", scenario.toString(), mode, "--out", dir.resolve("o").toString());
            assertThat(o.status()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).contains("tumor-exponential.ant:", "undefined name 'undefined_td'");
        }
        assertThat(dir.resolve("o")).doesNotExist();
    }

    /**
     * Issue 11 item 2: a marked species driven below 0 stops the run, naming it and the first day.
     * dN/dt = r N - c with N(0) = N0 crosses 0 at t* = ln((c/r) / (c/r - N0)) / r (0.5087 days).
     */
    @Test
    void aCellPopulationDrivenBelowZeroStopsTheRunOnTheDayItCrosses() throws IOException {
        Path scenario = editedGrowth("growth: -> N; ln(2) / doubling_days * N - 2e9;");
        Outcome o = aftermath("run", scenario.toString(), "--out", dir.resolve("neg").toString());
        assertThat(o.status()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).startsWith("aftermath: simulation failed: ").contains("species N = -", " cells on day ",
                "left its domain [0, inf) by more than the solver's tolerance");
        java.util.regex.Matcher day = java.util.regex.Pattern.compile("on day ([0-9.e+-]+)").matcher(o.err());
        assertThat(day.find()).isTrue();
        double r = Math.log(2) / 10;
        double crossing = Math.log(2e9 / r / (2e9 / r - 1e9)) / r;
        assertThat(Double.parseDouble(day.group(1))).isCloseTo(crossing, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(dir.resolve("neg")).doesNotExist();
    }
}
