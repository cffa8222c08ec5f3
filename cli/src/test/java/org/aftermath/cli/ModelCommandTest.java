package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftermath.cli.Cli.Outcome;
import org.aftermath.kernel.model.Model;
import org.aftermath.sbml.SbmlReader;
import org.aftermath.tmen.docs.ParameterDocs;
import org.aftermath.tmen.models.BuiltInModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath model}: printing, SBML export, --check, export, params, bad input. */
class ModelCommandTest {

    static final String FIG3A = Path.of("..", "examples", "figure-3a-td10.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void printsTheCompiledModelWithSourcesRangesEquationsAndDoses() {
        Outcome o = aftermath("model", FIG3A);
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("# scenario " + FIG3A + "; model files: builtin")
                .contains("Species (amounts):\n  N in tumor_bed = 1e9 cells")
                .contains("  doubling_days = 10 day\n      source: Chen et al. 2014 (Fig. 3A: doubling time of 10 days or 2 months; a scenario value); range 2.5 .. 120")
                .contains("  growth: -> N;  rate = ln(2)/doubling_days*N")
                .contains("  dN/dt = growth   (reaction rates above)")
                .contains("  tumor_cells := N")
                .contains("  chemo_dose_1: at time >= 0: N = N*(1 - chemo_kill_fraction)")
                .contains("  chemo_dose_7: at time >= 126: N = N*(1 - chemo_kill_fraction)");
    }

    @Test
    void paramOverrideShowsInThePrintedModel() {
        Outcome o = aftermath("model", FIG3A, "--param", "chemo_kill_fraction=0.5");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("chemo_kill_fraction = 0.5 dimensionless");
    }

    @Test
    void withoutScenarioPrintsEveryBundledFile() {
        Outcome o = aftermath("model");
        assertThat(o.status()).as(o.err()).isZero();
        for (var f : BuiltInModels.files()) {
            assertThat(o.out()).contains("# " + f.shownAs() + "\n");
        }
    }

    @Test
    void sbmlExportWritesTheModelWithItsDoses() throws IOException {
        Path xml = dir.resolve("fig3a.xml");
        Outcome o = aftermath("model", FIG3A, "--sbml", xml.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote " + xml + " (SBML Level 3 Version 2, 7 event(s))");
        Model back = SbmlReader.read(Files.readString(xml), xml.toString());
        assertThat(back.events()).hasSize(7);
        assertThat(back.parameter("doubling_days").orElseThrow().provenance().source())
                .isEqualTo("Chen et al. 2014 (Fig. 3A: doubling time of 10 days or 2 months; a scenario value)");
    }

    @Test
    void checkOfCleanFilesExitsZero() {
        Outcome o = aftermath("model", "export", dir.resolve("m").toString());
        assertThat(o.status()).as(o.err()).isZero();
        Outcome check = aftermath("model", "--check", dir.resolve("m/tumor-exponential.ant").toString(),
                dir.resolve("m/tumor-gompertz.ant").toString(), dir.resolve("m/tumor-gompertz-doubling.ant").toString());
        assertThat(check.status()).as(check.out()).isZero();
        assertThat(check.out()).isEqualTo("ok: 3 model file(s) checked, no problems\n");
    }

    @Test
    void checkReportsEveryProblemWithFileAndLineAndExitsTwo() throws IOException {
        Path f = dir.resolve("bad.ant");
        Files.writeString(f, """
                unit per_day = 1 / day
                species X = 1; X has item
                k = 0.1; k has per_day
                decay: X -> ; k
                a := b
                b := a
                """);
        Outcome o = aftermath("model", "--check", f.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.lines()).contains(
                f + ":3: parameter 'k' has no source; add a trailing comment on its line: //@ source: <citation, or 'assumed'> | range: lo .. hi",
                f + ":4: unit mismatch in the rate of reaction decay (changes X, in item, per day): the expression has dimension second^-1, expected item second^-1",
                f + ":5: cycle in assignment rules: a -> b -> a");
        assertThat(o.lines().get(o.lines().size() - 1)).isEqualTo("3 problem(s) in 1 model file(s)");
    }

    @Test
    void badOptionsExitTwoWithOneMessage() {
        Outcome missing = aftermath("model", "--check", dir.resolve("none.ant").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("aftermath: --check: " + dir.resolve("none.ant") + ": no such file or folder\n");
        Outcome both = aftermath("model", FIG3A, "--check", "x.ant");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("give only model files");
        Outcome sbml = aftermath("model", "--sbml", dir.resolve("x.xml").toString());
        assertThat(sbml.status()).isEqualTo(2);
        assertThat(sbml.err()).contains("--sbml and --param need a SCENARIO");
    }

    @Test
    void scenarioWithAMissingModelPathNamesFileAndField() throws IOException {
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, Files.readString(Path.of(FIG3A)) + "model: nowhere\n");
        Outcome o = aftermath("model", s.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).startsWith("aftermath: " + s + ": model: 'nowhere' is not a built-in model and ")
                .contains("allowed: 'builtin'");
    }

    @Test
    void exportNeverOverwrites() {
        String target = dir.resolve("m").toString();
        assertThat(aftermath("model", "export", target).status()).isZero();
        Outcome again = aftermath("model", "export", target);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).startsWith("aftermath: model export " + target + ": is not empty (README.txt and")
                .endsWith("give a new or empty folder (nothing is overwritten)\n");
        assertThat(aftermath("model", "export", target, "--force").status()).isEqualTo(2);
    }

    @Test
    void sbmlNeverOverwritesAFile() throws IOException {
        Path xml = Files.writeString(dir.resolve("model.xml"), "<mine/>");
        Outcome o = aftermath("model", FIG3A, "--sbml", xml.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("aftermath: --sbml: " + xml + " exists, and aftermath never overwrites a file;"
                + " give a new file name\n");
        assertThat(xml).hasContent("<mine/>");
    }

    @Test
    void unwritableTargetsFailWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Outcome export = aftermath("model", "export", file.resolve("sub").toString());
        assertThat(export.status()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("aftermath: model export " + file.resolve("sub") + ": cannot be created, "
                + file + " is a file; give a new or empty folder (nothing is overwritten)\n");
        Outcome sbml = aftermath("model", FIG3A, "--sbml", file.resolve("m.xml").toString());
        assertThat(sbml.status()).isEqualTo(2);
        assertThat(sbml.err()).contains("--sbml: " + file.toAbsolutePath() + " is not an existing folder");
    }

    @Test
    void paramsMarkdownIsTheParameterReference() {
        Outcome o = aftermath("model", "params", "--markdown");
        assertThat(o.status()).isZero();
        assertThat(o.out()).isEqualTo(ParameterDocs.markdown(BuiltInModels.files()));
        Outcome table = aftermath("model", "params");
        assertThat(table.out()).contains("tumor-exponential.ant").contains("doubling_days");
    }
}
