package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aftermath fit} through picocli: the evaluation at the nominal parameters, a fit folder identical for one
 * and two threads (starts, profiles, posterior sample, predictive bands, fitted scenario), and bad input — a
 * missing column, an unknown observable, a formula that does not parse, bounds in the wrong order, a negative value
 * on a log scale — refused with exit 2 and one line naming the file, row and column (or field).
 */
class FitCommandTest {

    private static final String ARM = """
            name: growth
            days: 30
            tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
            """;
    private static final String DATA = """
            arm,day,observable,value,sd
            growth,0,tumor_cells,2.1e9,0.25
            growth,6,tumor_cells,3.4e9,0.25
            growth,12,tumor_cells,9.1e9,0.25
            growth,18,tumor_cells,1.5e10,0.25
            growth,24,tumor_cells,3.9e10,0.25
            growth,30,tumor_cells,7.7e10,0.25
            """;
    private static final String FIT = """
            name: cli-fit
            arms: {growth: arm.yaml}
            data: data.csv
            parameters:
              - {id: doubling_days, lower: 1, upper: 100, scale: log10}
              - {id: initial_cells, initial: N, lower: 1.0e7, upper: 1.0e11, scale: log10}
            observables:
              tumor_cells: {transformation: log}
            """;

    @TempDir
    Path dir;

    private Path problem(String fit, String data) throws IOException {
        Files.writeString(dir.resolve("arm.yaml"), ARM);
        Files.writeString(dir.resolve("data.csv"), data);
        Path file = dir.resolve("fit.yaml");
        Files.writeString(file, fit);
        return file;
    }

    @Test
    void evaluatesAtTheNominalParameters() throws IOException {
        Outcome o = aftermath("fit", problem(FIT, DATA).toString(), "--evaluate");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("cli-fit: objective at the nominal parameters", "nll ", "doubling_days (log10)",
                "initial_cells (log10)");
    }

    @Test
    void exportsPetabIntoANewFolderAndNeverOverAUsersFiles() throws IOException {
        Path file = problem(FIT, DATA);
        Path target = dir.resolve("petab");
        Outcome o = aftermath("fit", file.toString(), "--export-petab", target.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote cli-fit as PEtab (6 files)");
        assertThat(target.resolve("cli-fit.yaml")).exists();
        Outcome evaluated = aftermath("fit", target.resolve("cli-fit.yaml").toString(), "--evaluate");
        assertThat(evaluated.status()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("cli-fit: objective at the nominal parameters", "nll ",
                "doubling_days (log10)");

        Files.writeString(target.resolve("notes.txt"), "mine");
        Outcome again = aftermath("fit", file.toString(), "--export-petab", target.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().strip()).startsWith("aftermath: --export-petab").doesNotContain("\n");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void writesTheSameFitForOneAndTwoThreads() throws IOException {
        Path file = problem(FIT, DATA);
        String[] common = {"fit", file.toString(), "--starts", "6", "--seed", "3", "--profiles", "--sample", "150"};
        Outcome one = aftermath(concat(common, "--threads", "1", "--out", dir.resolve("one").toString()));
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("cli-fit: 6 starts, 6 reached the best objective");
        Outcome two = aftermath(concat(common, "--threads", "2", "--out", dir.resolve("two").toString()));
        assertThat(two.status()).as(two.err()).isZero();
        for (String f : new String[] {"fit.json", "starts.csv", "profiles.csv", "samples.csv", "predictive.csv",
            "fitted-growth.yaml"}) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(f)));
        }
        // the options that change results are recorded
        assertThat(Files.readString(dir.resolve("one").resolve("manifest.json")))
                .containsPattern("\"iterations\"\\s*:\\s*200").containsPattern("\"hierarchical\"\\s*:\\s*false")
                .containsPattern("\"hessian\"\\s*:\\s*\"gauss-newton\"");
        for (String f : new String[] {"manifest.json", "fit-report.html", "fit-waterfall.svg", "fit-profile-0.png",
            "fit-marginal-1.svg", "fit-residuals.png", "fit-0.svg"}) {
            assertThat(dir.resolve("two").resolve(f)).exists();
        }
        assertThat(Files.readString(dir.resolve("two").resolve("fit.json"))).contains("\"verdict\" : \"identifiable\"",
                "\"rhat\"");
        // the fitted scenario runs as it is
        Outcome run = aftermath("run", dir.resolve("two").resolve("fitted-growth.yaml").toString(), "--out",
                dir.resolve("run").toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void residualsAddUpToTheLikelihoodAndOmittedRowsAreListed() throws IOException {
        String data = DATA + "growth,12,il1b_fold_change,3.9,0.2\ngrowth,24,il1b_fold_change,4.1,0.2\n";
        String fit = FIT + "  il1b_fold_change: {omit: the model has no IL-1b}\n";
        Path out = dir.resolve("res");
        Outcome o = aftermath("fit", problem(fit, data).toString(), "--starts", "2", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("residuals.csv"));
        assertThat(rows.get(0)).isEqualTo("row,condition,observable,time,value,simulated,sigma,scale,noise,"
                + "standardised_residual,beyond_2");
        assertThat(rows).hasSize(7);
        // PEtab's normal noise on the log scale: sum of ln(sqrt(2 pi) sigma) + ln y + z^2 / 2
        double nll = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            assertThat(c[7]).isEqualTo("log");
            double z = Double.parseDouble(c[9]);
            double sigma = Double.parseDouble(c[6]);
            assertThat(z).isCloseTo((Math.log(Double.parseDouble(c[4])) - Math.log(Double.parseDouble(c[5]))) / sigma,
                    within(1e-12));
            assertThat(c[10]).isEqualTo(String.valueOf(Math.abs(z) > 2));
            nll += Math.log(Math.sqrt(2 * Math.PI) * sigma) + Math.log(Double.parseDouble(c[4])) + z * z / 2;
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertThat(nll).isCloseTo(json.get("best").get("likelihood").asDouble(),
                within(1e-9 * Math.abs(nll)));
        JsonNode omitted = json.get("omitted").get(0);
        assertThat(omitted.get("observable").asText()).isEqualTo("il1b_fold_change");
        assertThat(omitted.get("reason").asText()).isEqualTo("the model has no IL-1b");
        assertThat(omitted.get("rows").toString()).isEqualTo("[8,9]");
    }

    @Test
    void refusesBadInputWithOneLineNamingFileRowAndColumn() throws IOException {
        String data = dir.resolve("data.csv").toString();
        String fit = dir.resolve("fit.yaml").toString();
        expectBadInput(problem(FIT, DATA.replace("arm,day,observable,value,sd", "arm,day,value,sd")
                .replace(",tumor_cells,", ",")), data + ", row 1: missing column 'observable'");
        expectBadInput(problem(FIT, DATA.replace("growth,12,tumor_cells", "growth,12,tumour_cells")),
                data + ", row 4, column observable: unknown observable 'tumour_cells'");
        expectBadInput(problem(FIT.replace("tumor_cells: {transformation: log}",
                "tumor_cells: {formula: 'tumor_cells * (2', transformation: log}"), DATA),
                fit + ", observables.tumor_cells.formula: 'tumor_cells * (2' does not parse");
        expectBadInput(problem(FIT.replace("lower: 1, upper: 100", "lower: 100, upper: 1"), DATA),
                fit + ", parameters[0].upper: upper bound 1.0 is not above the lower bound 100.0");
        expectBadInput(problem(FIT, DATA.replace("growth,18,tumor_cells,1.5e10", "growth,18,tumor_cells,-1.5e10")),
                data + ", row 5, column value: -1.5E10 is not positive, but observable tumor_cells is compared on a log"
                        + " scale");
        Outcome iterations = aftermath("fit", problem(FIT, DATA).toString(), "--iterations", "0");
        assertThat(iterations.status()).as(iterations.out() + iterations.err()).isEqualTo(2);
        assertThat(iterations.err()).startsWith("aftermath: --iterations: must be >= 1 (got 0)");
        Outcome hessian = aftermath("fit", problem(FIT, DATA).toString(), "--hessian", "bfgs");
        assertThat(hessian.status()).as(hessian.out() + hessian.err()).isEqualTo(2);
        assertThat(hessian.err()).startsWith("aftermath: --hessian: unknown 'bfgs' (allowed: gauss-newton, secant)");
    }

    /** The PEtab benchmark problem Boehm_JProteomeRes2014 beside the checkout. */
    private static final Path BOEHM = Path.of(System.getProperty("aftermath.shared", "../../shared"),
            "petab-benchmarks", "Boehm_JProteomeRes2014");

    @Test
    void evaluatesAPetabProblemAndRefusesABadTable() throws IOException {
        Outcome o = aftermath("fit", BOEHM.resolve("Boehm_JProteomeRes2014.yaml").toString(), "--evaluate");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("Boehm_JProteomeRes2014: objective at the nominal parameters", "nll 138.22199",
                "k_phos (log10)");
        try (var files = Files.list(BOEHM)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                if (f.getFileName().toString().startsWith("parameters")) {
                    text = text.replace("k_phos\tk_{phos}\tlog10\t1E-05\t100000", "k_phos\tk_{phos}\tlog10\t1000\t10");
                }
                Files.writeString(dir.resolve(f.getFileName()), text);
            }
        }
        expectBadInput(dir.resolve("Boehm_JProteomeRes2014.yaml"), dir.resolve("parameters_Boehm_JProteomeRes2014.tsv")
                + ", row 7, column upperBound: upper bound 10.0 is not above the lower bound 1000.0");
    }

    @Test
    void evaluatesAProblemWithoutGradientsAndRefusesItsTrustRegionFitInOneLine() throws IOException {
        String problem = boehmWithoutTangents().toString();
        Outcome o = aftermath("fit", problem, "--evaluate");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("nll 138.2219", "gradient: not available: sensitivities need a model compiled"
                + " with the generated back-end");
        Path out = dir.resolve("interpreted-fit");
        Outcome fit = aftermath("fit", problem, "--out", out.toString());
        assertThat(fit.status()).as(fit.out() + fit.err()).isEqualTo(2);
        assertThat(fit.err().lines().count()).as(fit.err()).isEqualTo(1);
        assertThat(fit.err()).startsWith("aftermath: " + problem + ": the trust-region method needs gradients, which"
                + " are not available: sensitivities need");
        assertThat(out).doesNotExist();
    }

    /**
     * Boehm_JProteomeRes2014 with eight assignment rules of 1,000 terms that nothing reads: its generated code would
     * exceed a JVM method, so the model runs on the interpreted back-end, which has no tangents (the problem of
     * fit's PetabWithoutGradientsTest; the benchmark problems whose tangent code was too large have gradients now).
     */
    private Path boehmWithoutTangents() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("interpreted"));
        try (var files = Files.list(BOEHM)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String sum = "<apply><plus/>" + "<ci> unread_k </ci>".repeat(1000) + "</apply>";
        StringBuilder declarations = new StringBuilder("<parameter id=\"unread_k\" value=\"1\" constant=\"true\"/>");
        StringBuilder rules = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            declarations.append("<parameter id=\"unread").append(r).append("\" constant=\"false\"/>");
            rules.append("<assignmentRule variable=\"unread").append(r)
                    .append("\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">").append(sum)
                    .append("</math></assignmentRule>");
        }
        Path sbml = copy.resolve("model_Boehm_JProteomeRes2014.xml");
        Files.writeString(sbml, Files.readString(sbml).replace("</listOfParameters>", declarations
                + "</listOfParameters>").replace("</listOfRules>", rules + "</listOfRules>"));
        return copy.resolve("Boehm_JProteomeRes2014.yaml");
    }

    private static void expectBadInput(Path file, String line) {
        Outcome o = aftermath("fit", file.toString(), "--evaluate");
        assertThat(o.status()).as(o.out() + o.err()).isEqualTo(2);
        assertThat(o.err().lines().count()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).startsWith("aftermath: " + line);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
