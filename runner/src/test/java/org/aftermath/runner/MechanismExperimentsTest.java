package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The in-silico experiments of issue 4 item 3 that need no cancer-state module, each an example
 * under examples/mechanisms/ on the shipped defaults. Factor effects are measured on summary
 * {@code factors} by the rise of the peak above baseline, {@code peak_fold_change - 1}.
 * Words: "lowers"/"blunts" = that rise falls by at least 50 % against the wild-type 10 Gy bed
 * (dose-10gy.yaml); "abrogates" = by at least 80 %; "no difference" = within 1 %; "several" =
 * at least three factors. "Lowers the DDSP" = lowers at least half of the 15 factors.
 */
class MechanismExperimentsTest {

    private static final Map<String, RunResult> RUNS = new HashMap<>();
    private static final List<String> NFKB_DEPENDENT = List.of("il6", "il8", "il1a", "cxcl1", "wnt16b", "spink1",
            "areg", "mmp3", "mcp1", "csf1", "il15");

    private static synchronized RunResult run(String example) {
        return RUNS.computeIfAbsent(example, e -> Mechanisms.example(e + ".yaml"));
    }

    private static RunResult wildType() {
        return run("dose-10gy");
    }

    /** @return 1 − rise(perturbed) / rise(wild type) */
    private static double lowering(String example, String factor) {
        return 1 - Mechanisms.rise(run(example), factor) / Mechanisms.rise(wildType(), factor);
    }

    private static double peakLowering(String example, String column) {
        return 1 - Runs.max(run(example), column) / Runs.max(wildType(), column);
    }

    private static long loweredFactors(String example) {
        return wildType().summary().factors().keySet().stream().filter(f -> lowering(example, f) >= 0.5).count();
    }

    private static long factorsAbove(RunResult r, double fold) {
        return r.summary().factors().values().stream().filter(f -> f.peakFoldChange() > fold).count();
    }

    @Test
    void senescenceRisesWithDoseAndFractionsAddUp() {
        double half = Runs.max(run("dose-0.5gy"), "senescent_stroma_fraction");
        double one = Runs.max(run("dose-2gy-1x"), "senescent_stroma_fraction");
        double five = Runs.max(run("dose-2gy-5x"), "senescent_stroma_fraction");
        double ten = Runs.max(wildType(), "senescent_stroma_fraction");
        assertThat(half).isLessThan(1e-3);
        assertThat(one).isGreaterThan(half);
        assertThat(five).isGreaterThan(1.5 * one);
        assertThat(ten).isGreaterThan(five);
    }

    @Test
    void tenGrayDrivesMostStromaIntoSenescenceWithinTenDaysWhileHalfAGrayResolves() {
        assertThat(Runs.at(wildType(), "senescent_stroma_fraction", 11)).isGreaterThan(0.5);
        assertThat(Runs.at(wildType(), "stroma_ddr", 4)).isGreaterThan(0.5); // persists for days
        assertThat(Runs.max(run("dose-0.5gy"), "stroma_ddr")).isGreaterThan(0.5); // foci form...
        assertThat(Runs.at(run("dose-0.5gy"), "stroma_ddr", 2)).isLessThan(1e-3); // ...and resolve within a day
    }

    @Test
    void genotoxicAgentsAndTenGrayRaiseEveryFactorTwoGrayLess() {
        for (String e : List.of("doxorubicin-ddsp", "mitoxantrone-ddsp", "bleomycin-ddsp", "dose-10gy")) {
            for (var f : run(e).summary().factors().entrySet()) {
                assertThat(f.getValue().peakFoldChange()).as(e + " " + f.getKey()).isGreaterThan(1);
            }
        }
        RunResult two = run("dose-2gy-1x");
        assertThat(Mechanisms.rise(two, "il8")).isLessThan(Mechanisms.rise(wildType(), "il8"));
        assertThat(Mechanisms.rise(two, "il6")).isLessThan(Mechanisms.rise(wildType(), "il6"));
    }

    /** Coppé et al. 2008; Rodier et al. 2009: after 10 Gy the secretion of fibroblasts builds over days. */
    @Test
    void tenGrayFibroblastSecretionBuildsOverDays() {
        RunResult r = run("fibroblasts-10gy");
        for (String f : List.of("il6", "il8")) {
            double week = Runs.at(r, f + "_fold_change", 8) - 1;
            assertThat(Runs.at(r, f + "_fold_change", 1.25) - 1).as(f + " 6 h after").isLessThan(0.02 * week);
            assertThat(Runs.at(r, f + "_fold_change", 2) - 1).as(f + " 1 day after").isLessThan(0.25 * week);
            double previous = 0;
            for (double day = 2; day <= 8; day++) {
                double rise = Runs.at(r, f + "_fold_change", day) - 1;
                assertThat(rise).as(f + " on day " + day).isGreaterThan(previous);
                previous = rise;
            }
        }
    }

    @Test
    void docetaxelArrestsStromaWithEveryFactorBelowTwofold() {
        RunResult r = run("docetaxel-arrest");
        assertThat(Runs.max(r, "senescent_stroma_fraction")).isGreaterThan(0.3);
        assertThat(Runs.max(r, "stroma_ddr")).isZero();
        assertThat(factorsAbove(r, 2)).isZero();
    }

    @Test
    void nfkbKnockoutLowersSixtyToNinetyPercentOfTheFactors() {
        double share = loweredFactors("nfkb-knockout") / 15.0;
        assertThat(share).isBetween(0.6, 0.9);
        NFKB_DEPENDENT.forEach(f -> assertThat(lowering("nfkb-knockout", f)).as(f).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void cebpbKnockoutAbrogatesTheIl6AndIl8Rise() {
        assertThat(lowering("cebpb-knockout", "il6")).isGreaterThanOrEqualTo(0.8);
        assertThat(lowering("cebpb-knockout", "il8")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void il1rBlockadeLowersIl6Il8AndMir146() {
        assertThat(lowering("il1r-knockout", "il6")).isGreaterThanOrEqualTo(0.5);
        assertThat(lowering("il1r-knockout", "il8")).isGreaterThanOrEqualTo(0.5);
        assertThat(peakLowering("il1r-knockout", "mir146")).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void anakinraBlocksIl1rAndLowersIl6AndIl8() {
        ModulatorSummary m = run("anakinra").summary().modulators().get(0);
        assertThat(m.port()).isEqualTo("inh_IL1R");
        assertThat(m.peak()).isPositive();
        assertThat(lowering("anakinra", "il6")).isPositive();
        assertThat(lowering("anakinra", "il8")).isPositive();
    }

    @Test
    void removingTheMir146LoopRaisesIl6AndIl8() {
        assertThat(Mechanisms.rise(run("mir146-knockout"), "il6")).isGreaterThan(1.01 * Mechanisms.rise(wildType(), "il6"));
        assertThat(Mechanisms.rise(run("mir146-knockout"), "il8")).isGreaterThan(1.01 * Mechanisms.rise(wildType(), "il8"));
    }

    @Test
    void parp1InhibitionByOlaparibOrKnockoutLowersNfkbAndMcp1() {
        for (String e : List.of("olaparib", "parp1-knockout")) {
            assertThat(peakLowering(e, "nfkb")).as(e).isGreaterThanOrEqualTo(0.5);
            assertThat(lowering(e, "mcp1")).as(e).isGreaterThanOrEqualTo(0.5);
        }
        assertThat(run("olaparib").summary().modulators().get(0).mean()).isGreaterThan(0.9);
    }

    @Test
    void metforminAtClinicalExposureReachesAFreeConcentrationFarBelowItsAssumedPotency() {
        RunResult r = run("metformin");
        assertThat(r.summary().modulators()).extracting(ModulatorSummary::port).containsExactly("inh_IKK");
        double cmax = r.summary().exposure().get(0).doses().stream().mapToDouble(DoseExposure::cmax).max().orElseThrow();
        assertThat(cmax).isLessThan(5.0); // Glumet DC product information: steady state generally < 1 µg/mL
        assertThat(r.summary().modulators().get(0).peak()).isLessThan(0.9 * cmax / (cmax + 129) + 1e-9);
        assertThat(lowering("metformin", "il8")).isPositive(); // the direction holds, however small
    }

    @Test
    void metforminInTheCultureMediumLowersTheNfkbDependentFactorsOnly() {
        RunResult r = run("metformin-in-vitro");
        assertThat(r.summary().modulators().get(0).peak()).isCloseTo(0.9 * 129 / (129 + 129), within(0.01));
        assertThat(peakLowering("metformin-in-vitro", "nfkb")).isPositive();
        for (String f : NFKB_DEPENDENT) {
            assertThat(lowering("metformin-in-vitro", f)).as(f).isPositive();
        }
        for (String independent : List.of("angptl4", "pai1", "igfbp7")) {
            assertThat(lowering("metformin-in-vitro", independent)).as(independent).isLessThan(0.05);
        }
    }

    @Test
    void p38KnockoutLowersTheDdspWithTheDdrIntact() {
        assertThat(loweredFactors("p38-knockout")).isGreaterThanOrEqualTo(8);
        double ddr = Runs.max(run("p38-knockout"), "stroma_ddr");
        assertThat(ddr).isCloseTo(Runs.max(wildType(), "stroma_ddr"), within(0.01 * ddr));
        assertThat(Runs.at(run("p38-knockout"), "stroma_ddr", 2))
                .isCloseTo(Runs.at(wildType(), "stroma_ddr", 2), within(0.01 * ddr));
        assertThat(lowering("ralimetinib", "il6")).isPositive(); // the modulator at 300 mg q12h, assumed exposure
    }

    @Test
    void theIkbaSuperRepressorBluntsCxcl1AndWnt16b() {
        assertThat(lowering("ikba-super-repressor", "cxcl1")).isGreaterThanOrEqualTo(0.5);
        assertThat(lowering("ikba-super-repressor", "wnt16b")).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void theAntiWnt16bAntibodyAbrogatesTheWnt16bRiseAndNothingElse() {
        assertThat(lowering("anti-wnt16b", "wnt16b")).isGreaterThanOrEqualTo(0.8);
        wildType().summary().factors().keySet().stream().filter(f -> !f.equals("wnt16b")).forEach(f ->
                assertThat(Mechanisms.rise(run("anti-wnt16b"), f)).as(f)
                        .isCloseTo(Mechanisms.rise(wildType(), f), within(0.01 * Mechanisms.rise(wildType(), f))));
    }
}
