package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The review's Figures 3B and 3C and the Chien et al. 2011 paradox on the bundled values, as
 * mechanism DIRECTIONS (issue 13: no effect-size assertions; how large the effects are is what the
 * README reports, with the command that reproduces it).
 */
class Figure3MicroenvironmentTest {

    private static final List<String> NFKB_DEPENDENT = List.of("il6", "il8", "cxcl1", "wnt16b", "mcp1");

    private static RunResult run(String example) {
        return Runs.run(Runs.EXAMPLES.resolve(example), RunOptions.DEFAULT);
    }

    private static RunResult run(String example, String yamlEdit, String replacement) throws java.io.IOException {
        String text = Files.readString(Runs.EXAMPLES.resolve(example));
        assertThat(text).contains(yamlEdit);
        return Runs.run(text.replace(yamlEdit, replacement),
                example, RunOptions.DEFAULT);
    }

    /**
     * Net regrowth rate in each 21-day interval, ln(N(p+20)/N(p+10))/10 per day: the second half
     * of each interval, when the drug has cleared and the lag has passed, so it is repopulation.
     */
    private static double[] regrowthRates(RunResult r) {
        List<double[]> rows = r.timeseries().rows();
        double[] rates = new double[6];
        for (int c = 0; c < 6; c++) {
            rates[c] = Math.log(rows.get(21 * c + 20)[1] / rows.get(21 * c + 10)[1]) / 10;
        }
        return rates;
    }

    @Test
    void theDdspSpeedsRepopulationInEveryIntervalWithoutChangingTheDrugExposure() {
        RunResult withStroma = run("mechanisms/figure-3b-emergent.yaml");
        RunResult without = run("mechanisms/figure-3b-no-stroma.yaml");
        double[] rates = regrowthRates(withStroma);
        double[] control = regrowthRates(without);
        for (int c = 0; c < 6; c++) {
            assertThat(rates[c]).as("interval %d", c + 1).isGreaterThan(control[c]);
        }
        // The intrinsic sensitivity is unchanged: every dose gives the same exposure (the last window
        // runs to the horizon, so it holds a little more of the tail).
        List<DoseExposure> doses = withStroma.summary().exposure().get(0).doses();
        for (int k = 2; k < 6; k++) {
            assertThat(doses.get(k).auc()).isCloseTo(doses.get(1).auc(), within(1e-4 * doses.get(1).auc()));
        }
    }

    @Test
    void anNfkbInhibitorBetweenCyclesLowersTheNfkbDependentFactorsAndNeverRaisesTheBurden() {
        RunResult alone = run("figure-3c-dox-alone.yaml");
        RunResult sulfasalazine = run("figure-3c-anti-ddsp.yaml");
        for (String f : NFKB_DEPENDENT) {
            assertThat(sulfasalazine.summary().factors().get(f).excessAuc()).as(f)
                    .isLessThan(alone.summary().factors().get(f).excessAuc());
        }
        assertThat(sulfasalazine.summary().finalTumorCells()).isLessThanOrEqualTo(alone.summary().finalTumorCells());
        assertThat(sulfasalazine.summary().modulators().get(0).peak()).isPositive();
    }

    @Test
    void aWnt16bAntibodyBetweenCyclesLowersWnt16bAndTheBurden() {
        RunResult alone = run("figure-3c-dox-alone.yaml");
        RunResult antibody = run("figure-3c-anti-wnt16b.yaml");
        assertThat(antibody.summary().factors().get("wnt16b").excessAuc())
                .isLessThan(alone.summary().factors().get("wnt16b").excessAuc());
        assertThat(antibody.summary().finalTumorCells()).isLessThan(alone.summary().finalTumorCells());
    }

    @Test
    void withoutStromaTheAntibodyMakesNoDifference() throws java.io.IOException {
        String stroma = "stroma: {fibroblast: 1.0, endothelial: 0.2, immune: 0.1}";
        double alone = run("figure-3c-dox-alone.yaml", stroma, "stroma: none").summary().finalTumorCells();
        double antibody = run("figure-3c-anti-wnt16b.yaml", stroma, "stroma: none").summary().finalTumorCells();
        assertThat(antibody).isCloseTo(alone, within(1e-6 * alone));
    }

    /**
     * The Chien et al. 2011 paradox is a question the model answers on its bundled values (the
     * examples change no parameter): knocking NF-kB out in the cancer cells removes each of the
     * three mechanisms that the sources give NF-kB there, in its direction. The net outcome is
     * reported, not asserted.
     */
    @Test
    void chienParadoxExamplesUseTheBundledValuesAndTheKnockoutActsThroughEachMechanism() throws java.io.IOException {
        for (String e : List.of("chien-paradox.yaml", "chien-paradox-nfkb-knockout.yaml")) {
            assertThat(Files.readString(Runs.EXAMPLES.resolve("mechanisms").resolve(e))).doesNotContain("parameters:");
        }
        RunResult wt = run("mechanisms/chien-paradox.yaml");
        RunResult ko = run("mechanisms/chien-paradox-nfkb-knockout.yaml");
        // survival signalling: with NF-kB intact the drug kill is reduced; knocked out, never
        assertThat(min(wt, "kill_survival")).isLessThan(1.0);
        assertThat(min(ko, "kill_survival")).isEqualTo(1.0);
        // therapy-induced senescence needs NF-kB: fewer dormant cells without it
        assertThat(max(ko, "dormant_cells")).isLessThan(max(wt, "dormant_cells"));
        // the cancer cells' own secretion (alone, without stroma): lower without their NF-kB
        String stroma = "stroma: {fibroblast: 1.0, endothelial: 0.2, immune: 0.1}";
        RunResult wtAlone = run("mechanisms/chien-paradox.yaml", stroma, "stroma: none");
        RunResult koAlone = run("mechanisms/chien-paradox-nfkb-knockout.yaml", stroma, "stroma: none");
        for (String f : List.of("il8", "mcp1", "csf1")) {
            assertThat(koAlone.summary().factors().get(f).excessAuc()).as(f)
                    .isLessThan(wtAlone.summary().factors().get(f).excessAuc());
        }
    }

    @Test
    void theDdspIsStrongerFromStromaThanFromCancerCells() {
        Map<String, FactorSummary> withStroma = run("mechanisms/figure-3b-emergent.yaml").summary().factors();
        Map<String, FactorSummary> cancerOnly = run("mechanisms/figure-3b-no-stroma.yaml").summary().factors();
        for (String f : List.of("il6", "il8", "cxcl1", "mcp1")) {
            assertThat(cancerOnly.get(f).excessAuc()).as(f).isPositive(); // the cancer cells' own secretion
            assertThat(withStroma.get(f).excessAuc()).as(f).isGreaterThan(cancerOnly.get(f).excessAuc());
        }
        assertThat(cancerOnly.get("wnt16b").excessAuc()).as("WNT16B is stromal").isCloseTo(0, within(1e-6));
    }

    private static double max(RunResult r, String column) {
        int i = r.timeseries().columns().indexOf(column);
        return r.timeseries().rows().stream().mapToDouble(row -> row[i]).max().orElseThrow();
    }

    private static double min(RunResult r, String column) {
        int i = r.timeseries().columns().indexOf(column);
        return r.timeseries().rows().stream().mapToDouble(row -> row[i]).min().orElseThrow();
    }
}
