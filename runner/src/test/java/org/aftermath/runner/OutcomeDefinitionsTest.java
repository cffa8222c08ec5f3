package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corners of the outcome definitions (README "Outcome definitions") that once contradicted
 * themselves (issue 11): a tumour that never shrinks regrows from the start, a tumour at 0 cells
 * or far below detection neither progresses nor fails, the cure probability is a number in
 * [0, 1]. Exponential growth with Td = 10 days throughout.
 */
class OutcomeDefinitionsTest {

    private static RunSummary run(double days, String treatments, String assessment) {
        String yaml = "name: o\ndays: " + days + "\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n"
                + "treatments:\n" + treatments + "endpoints: {assessment: " + assessment + "}\n";
        return Runs.run(yaml, RunOptions.DEFAULT.withOutputStep(days)).summary();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before_doses", "continuous"})
    void aTumourThatNeverShrinksRegrowsFromTheStart(String assessment) {
        // kill 0: the burden is above 1e9 at every t > 0, so the first time it exceeds it is day 0
        // (it was null while 1e9 cells grew 1024-fold)
        RunSummary s = run(100, "  - {name: c, kill_fraction: 0, every_days: 21, cycles: 3}\n", assessment);
        assertThat(s.finalTumorCells()).isCloseTo(1e9 * 1024, within(1e12 * 1e-7));
        assertThat(s.nadirDay()).isZero();
        assertThat(s.regrowthDay()).isZero();
        assertThat(s.bestResponse()).isEqualTo(BestResponse.PD);
        assertThat(s.cureProbability()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before_doses", "continuous", "7"})
    void aTumourEradicatedToZeroCellsIsACompleteResponseThatNeverProgresses(String assessment) {
        // 5 x 1000 Gy: exp(-alpha d - beta d^2) underflows to 0 at the first fraction; the scans
        // before the later fractions see 0 cells, and 0 >= 1.2 x 0 was "progression on day 2"
        RunSummary s = run(30, "  - {agent: radiation, dose: 1000, fractions: 5, weekdays: true}\n", assessment);
        assertThat(s.nadirTumorCells()).isZero();
        assertThat(s.finalTumorCells()).isZero();
        assertThat(s.bestResponse()).isEqualTo(BestResponse.CR);
        assertThat(s.timeToProgressionDays()).isNull();
        assertThat(s.regrowthDay()).isNull();
        assertThat(s.cureProbability()).isEqualTo(1.0);
        assertThat(s.nadirBelowOneCell()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before_doses", "continuous"})
    void aNearlyEradicatedTumourRunsAndDoesNotProgressFarBelowDetection(String assessment) {
        // kill 1 - 1e-10 every 4 days x 30: the burden falls by 1e-10 x 2^0.4 a cycle to ~1e-290
        // cells (root finding on such values failed with "interval does not bracket a root"), then
        // grows 2^3.1 = 8.6-fold after the last dose: far below detection, not progression
        RunSummary s = run(147, "  - {name: c, kill_fraction: 0.9999999999, every_days: 4, cycles: 30}\n", assessment);
        assertThat(s.nadirTumorCells()).isLessThan(1e-250).isPositive();
        assertThat(s.nadirDay()).isEqualTo(116.0);
        // (to 1 %: at 1e-290 cells the absolute tolerance, 1e-12 cells, leaves the steps unconstrained)
        assertThat(s.finalTumorCells() / s.nadirTumorCells()).isCloseTo(Math.pow(2, 3.1), within(0.09));
        assertThat(s.timeToProgressionDays()).isNull();
        assertThat(s.bestResponse()).isEqualTo(BestResponse.CR);
        assertThat(s.regrowthDay()).isNull();
        assertThat(s.cureProbability()).isEqualTo(1.0);
    }

    @Test
    void afterACompleteResponseProgressionIsTheBurdenBecomingDetectableAgain() {
        // kill 1 - 1e-5 on day 0: 1e4 cells; 1.728 x 1e4 is reached on day 7.89, but the burden
        // is detectable (1e8) only on day 10 log2(1e4) = 132.88
        RunSummary s = run(200, "  - {name: c, kill_fraction: 0.99999, days: [0]}\n", "continuous");
        assertThat(s.bestResponse()).isEqualTo(BestResponse.CR);
        assertThat(s.timeToProgressionDays()).isCloseTo(10 * Math.log(1e4) / Math.log(2), within(1e-6));
        // regrowth above the initial 1e9: day 10 log2(1e5) = 166.1
        assertThat(s.regrowthDay()).isCloseTo(10 * Math.log(1e5) / Math.log(2), within(1e-6));
    }

    @Test
    void cureProbabilityIsANumberInZeroToOne() {
        assertThat(Endpoints.cureProbability(-5.9e16)).isEqualTo(1.0);
        assertThat(Endpoints.cureProbability(0)).isEqualTo(1.0);
        assertThat(Endpoints.cureProbability(1e9)).isZero();
        assertThat(Endpoints.cureProbability(2)).isCloseTo(Math.exp(-2), within(1e-15));
    }
}
