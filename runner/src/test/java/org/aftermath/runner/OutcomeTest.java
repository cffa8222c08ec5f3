package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The outcome vocabulary reads each outcome as its definition says, on runs with closed forms
 * (exponential growth, Td = 10 days, a kill on day 0, read continuously), and censors a progression
 * that did not happen at the horizon for studies only.
 */
class OutcomeTest {

    private static Scenario scenario(double kill, double days) {
        return ScenarioReader.read("name: o\ndays: " + days + "\ntumor: {cells: 1e9, growth: {law: exponential,"
                + " doubling_days: 10}}\ntreatments:\n  - {name: c, kill_fraction: " + kill + ", days: [0]}\n"
                + "endpoints: {assessment: continuous}\n", "o.yaml");
    }

    private static RunSummary run(Scenario s) {
        return Runs.run(s, RunOptions.DEFAULT.withOutputStep(s.days()))
                .summary();
    }

    @Test
    void eachOutcomeIsReadAsDefined() {
        // kill 0.5: 5e8 on day 0, x 2^3 by day 30 = 4e9; progression when the burden is 1.728 x 5e8:
        // 10 log2(1.728) = 7.89 days; diameter ratio 0.794 > 0.7, so PD
        RunSummary s = run(scenario(0.5, 30));
        double ttp = 10 * Math.log(1.728) / Math.log(2);
        assertThat(Outcome.FINAL_BURDEN.read(s)).isCloseTo(4e9, within(4e9 * 1e-8));
        assertThat(Outcome.LOG10_FINAL_BURDEN.read(s)).isCloseTo(Math.log10(4e9), within(1e-8));
        assertThat(Outcome.NADIR.read(s)).isCloseTo(5e8, within(1e-3));
        assertThat(Outcome.NADIR_DAY.read(s)).isZero();
        assertThat(Outcome.BEST_RESPONSE.read(s)).isEqualTo(BestResponse.PD.ordinal());
        assertThat(Outcome.PROGRESSION_DAY.read(s)).isCloseTo(ttp, within(1e-7));
        assertThat(Outcome.PROGRESSION_DAY.value(s, 30)).isEqualTo(Outcome.PROGRESSION_DAY.read(s));
        assertThat(Outcome.PROGRESSION_FREE.read(s)).isZero();
    }

    @Test
    void aProgressionThatDidNotHappenIsNaNAsRecordedAndTheHorizonForAStudy() {
        // kill 0.99: 1e7 (below the 1e8 detectable: CR), 8e7 by day 30, never detectable again
        Scenario scenario = scenario(0.99, 30);
        RunSummary s = run(scenario);
        assertThat(Outcome.BEST_RESPONSE.read(s)).isEqualTo(BestResponse.CR.ordinal());
        assertThat(Outcome.PROGRESSION_DAY.read(s)).isNaN();
        assertThat(Outcome.PROGRESSION_DAY.value(s, 30)).isEqualTo(30.0);
        assertThat(Outcome.PROGRESSION_FREE.read(s)).isEqualTo(1.0);
        assertThat(Outcome.PROGRESSION_DAY.run(scenario, RunOptions.DEFAULT)).isEqualTo(30.0);
        // every other outcome is the same recorded or studied
        for (Outcome o : Outcome.values()) {
            if (o.kind() != Outcome.Kind.TIME_TO_EVENT && !o.paired()) {
                assertThat(o.value(s, 30)).as(o.id()).isEqualTo(o.read(s));
            }
        }
    }

    @Test
    void namesAreUniqueAndStudiesTakeTheNumbers() {
        assertThat(Arrays.stream(Outcome.values()).map(Outcome::id)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Outcome.values()).map(Outcome::column)).doesNotHaveDuplicates();
        assertThat(Outcome.numeric()).extracting(Outcome::id).containsExactly("final_burden", "log10_final_burden",
                "nadir", "nadir_day", "progression_day", "log10_benefit");
        assertThat(Outcome.of("nadir", Outcome.numeric())).isEqualTo(Outcome.NADIR);
        assertThatThrownBy(() -> Outcome.of("best_response", Outcome.numeric())).hasMessage("unknown outcome"
                + " 'best_response' (allowed: final_burden, log10_final_burden, nadir, nadir_day, progression_day,"
                + " log10_benefit)");
    }

    /**
     * The benefit is the control arm's burden over the arm's, both run as they are on their own: the Figure 3C
     * anti-WNT16B arm against doxorubicin alone, here with the antibody's potency set in the scenario (a parameter
     * of the left-out modulator, which the control arm does not have and drops).
     */
    @Test
    void theBenefitComparesTheArmWithItsControl() {
        RunOptions options = RunOptions.DEFAULT;
        Scenario arm = ScenarioReader.read(Runs.example("figure-3c-anti-wnt16b.yaml"))
                .withParameters(java.util.Map.of("anti_wnt16b_k_neutralise", 0.3));
        Scenario alone = ScenarioReader.read(Runs.example("figure-3c-dox-alone.yaml"));
        double armCells = Runs.run(arm, options.withOutputStep(arm.days())).summary().finalTumorCells();
        double aloneCells = Runs.run(alone, options.withOutputStep(alone.days())).summary().finalTumorCells();
        double benefit = Outcome.LOG10_BENEFIT.run(arm, options);
        assertThat(benefit).isCloseTo(Math.log10(aloneCells / armCells), within(1e-9));
        // the antibody works in the model (a positive benefit), and a weaker one less
        assertThat(benefit).isPositive();
        Scenario weaker = arm.withParameters(java.util.Map.of("anti_wnt16b_k_neutralise", 0.01));
        assertThat(Outcome.LOG10_BENEFIT.run(weaker, options)).isBetween(0.0, benefit);

        // a doxorubicin that eradicates the tumour in both arms (0.058 and 0.060 cells on day 147): below one cell
        // the continuous model's ratio (1.035-fold) is no benefit
        Scenario eradicated = arm.withParameters(java.util.Map.of("doxorubicin_ec50", 0.005,
                "doxorubicin_kill_eps", 1000.0));
        assertThat(Runs.run(eradicated, options.withOutputStep(147)).summary().finalTumorCells()).isLessThan(1);
        assertThat(Outcome.LOG10_BENEFIT.run(eradicated, options)).isZero();

        assertThat(Outcome.LOG10_BENEFIT.paired()).isTrue();
        assertThatThrownBy(() -> Outcome.LOG10_BENEFIT.read(Runs.run(arm, options).summary()))
                .isInstanceOf(IllegalStateException.class);
        // nothing to compare with: doxorubicin alone has no modulator
        assertThatThrownBy(() -> Outcome.LOG10_BENEFIT.run(alone, options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has none (it needs a cytotoxic treatment and a modulator");
    }
}
