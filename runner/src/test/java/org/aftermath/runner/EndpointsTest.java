package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.scenario.EndpointSettings;
import org.junit.jupiter.api.Test;

/**
 * Each clinical endpoint against a hand-computed case (exponential growth, Td = 10 days), read
 * continuously from the exact trajectory ({@code assessment: continuous}) and RECIST-style from
 * assessments (the default: before each dose day and at the horizon; or scans every N days).
 */
class EndpointsTest {

    /** Days for an exponential burden (Td = 10) to grow by 1.2³ = 1.728: 10 log2(1.728) = 7.8946 */
    private static final double GROW_1728 = 10 * Math.log(1.728) / Math.log(2);

    private static RunSummary run(double cells, double days, String treatments, String extra) {
        String yaml = "name: e\ndays: " + days + "\ntumor: {cells: " + cells + ", growth: {law: exponential, doubling_days: 10}}\n"
                + (treatments.isEmpty() ? "" : "treatments:\n" + treatments) + extra;
        return Runs.run(yaml, RunOptions.DEFAULT.withOutputStep(0.5)).summary();
    }

    @Test
    void volumeAndDiameterOfASphere() {
        // 1e9 cells at 1e9 /cm³: 1 cm³, d = (6/π)^(1/3) = 1.2407 cm
        assertThat(Endpoints.volumeCm3(1e9, EndpointSettings.DEFAULT)).isEqualTo(1.0);
        assertThat(Endpoints.diameterCm(1e9, EndpointSettings.DEFAULT)).isCloseTo(1.240700982, within(1e-9));
        EndpointSettings dense = new EndpointSettings(2e9, -0.3, 0.2, 1e8);
        assertThat(Endpoints.diameterCm(2e9 * Math.PI / 6 * 8, dense)).isCloseTo(2.0, within(1e-12));
        assertThat(Endpoints.progressionRatio(EndpointSettings.DEFAULT)).isCloseTo(1.728, within(1e-12));
    }

    @Test
    void untreatedGrowthProgressesWhenTheDiameterIsUpByTwentyPercent() {
        RunSummary s = run(1e9, 30, "", "endpoints: {assessment: continuous}\n");
        assertThat(s.timeToProgressionDays()).isCloseTo(GROW_1728, within(1e-7));
        assertThat(s.bestResponse()).isEqualTo(BestResponse.PD);
        assertThat(s.cureProbability()).isZero();
        assertThat(s.nadirBelowOneCell()).isFalse();
        assertThat(s.initialDiameterCm()).isCloseTo(1.240700982, within(1e-9));
    }

    @Test
    void partialResponseThenProgressionOverTheNadir() {
        // kill 0.8 on day 0: nadir 2e8 (diameter ratio 0.2^(1/3) = 0.585 <= 0.7), regrowth x1.728 by day 7.89
        RunSummary s = run(1e9, 30, "  - {name: c, kill_fraction: 0.8, days: [0]}\n", "endpoints: {assessment: continuous}\n");
        assertThat(s.nadirTumorCells()).isCloseTo(2e8, within(1e-3));
        assertThat(s.bestResponse()).isEqualTo(BestResponse.PR);
        assertThat(s.timeToProgressionDays()).isCloseTo(GROW_1728, within(1e-7));
        assertThat(s.nadirDiameterCm() / s.initialDiameterCm()).isCloseTo(Math.cbrt(0.2), within(1e-12));
    }

    @Test
    void stableDiseaseWithoutProgressionInsideTheHorizon() {
        // kill 0.5 on day 0: diameter ratio 0.794 > 0.7 (no PR); progression only at day 7.89 > horizon 5
        RunSummary s = run(1e9, 5, "  - {name: c, kill_fraction: 0.5, days: [0]}\n", "endpoints: {assessment: continuous}\n");
        assertThat(s.bestResponse()).isEqualTo(BestResponse.SD);
        assertThat(s.timeToProgressionDays()).isNull();
    }

    @Test
    void progressionIsMeasuredFromTheRunningMinimumThroughLaterDoses() {
        // kill 0.5 on days 0 and 5: minimum 0.5e9 x 2^0.5 x 0.5 = 3.536e8 on day 5; progression 7.89 days
        // later; diameter ratio 0.3536^(1/3) = 0.707 > 0.7, so no response: PD
        RunSummary s = run(1e9, 30, "  - {name: c, kill_fraction: 0.5, days: [0, 5]}\n", "endpoints: {assessment: continuous}\n");
        assertThat(s.nadirTumorCells()).isCloseTo(2.5e8 * Math.sqrt(2), within(1e-10 * 2.5e8));
        assertThat(s.timeToProgressionDays()).isCloseTo(5 + GROW_1728, within(1e-7));
        assertThat(s.bestResponse()).isEqualTo(BestResponse.PD);
    }

    @Test
    void cureProbabilityIsPoissonAtTheNadirAndCompleteResponseBelowDetection() {
        // 20 cells, kill 0.9: nadir 2 cells -> exp(-2); not below one cell
        RunSummary one = run(20, 3, "  - {name: c, kill_fraction: 0.9, days: [0]}\n", "");
        assertThat(one.cureProbability()).isCloseTo(Math.exp(-2), within(1e-9));
        assertThat(one.nadirBelowOneCell()).isFalse();
        // 10 cells, kill 0.95: nadir 0.5 cell -> exp(-0.5); below one cell; CR (below 1e8 detectable)
        RunSummary half = run(10, 3, "  - {name: c, kill_fraction: 0.95, days: [0]}\n", "endpoints: {assessment: continuous}\n");
        assertThat(half.cureProbability()).isCloseTo(Math.exp(-0.5), within(1e-9));
        assertThat(half.nadirBelowOneCell()).isTrue();
        assertThat(half.bestResponse()).isEqualTo(BestResponse.CR);
    }

    @Test
    void endpointsBlockChangesTheThresholds() {
        // kill 0.5: diameter ratio 0.794 is a PR at -20 %; detection at 6e8 makes 5e8 a CR
        RunSummary pr = run(1e9, 5, "  - {name: c, kill_fraction: 0.5, days: [0]}\n",
                "endpoints: {partial_response_change: -0.2, assessment: continuous}\n");
        assertThat(pr.bestResponse()).isEqualTo(BestResponse.PR);
        RunSummary cr = run(1e9, 5, "  - {name: c, kill_fraction: 0.5, days: [0]}\n", "endpoints: {detectable_cells: 6e8, assessment: continuous}\n");
        assertThat(cr.bestResponse()).isEqualTo(BestResponse.CR);
        // progression at +10 % diameter: ratio 1.331 -> 10 log2(1.331) days
        RunSummary pd = run(1e9, 30, "", "endpoints: {progression_change: 0.1, cells_per_cm3: 1e8, assessment: continuous}\n");
        assertThat(pd.timeToProgressionDays()).isCloseTo(10 * Math.log(1.331) / Math.log(2), within(1e-7));
        assertThat(pd.initialDiameterCm()).isCloseTo(Math.cbrt(60 / Math.PI), within(1e-9));
        assertThat(pd.endpointSettings().cellsPerCm3()).isEqualTo(1e8);
    }

    @Test
    void assessedBeforeEachDoseARespondingTumourIsNotProgressiveBetweenCycles() {
        // kill 0.9 on days 0, 21, 42, horizon 63. Assessed just before each dose and at the end:
        // 1e9, 1e8 2^2.1 = 4.287e8 (diameter ratio 0.754: not yet PR), 0.1 x 4.287 x that = 1.838e8
        // (ratio 0.568 <= 0.7: PR), 7.879e7 (below 1e8 detectable: CR); never +20 % over the smallest.
        RunSummary s = run(1e9, 63, "  - {name: c, kill_fraction: 0.9, every_days: 21, cycles: 3}\n", "");
        double g = Math.pow(2, 2.1);
        assertThat(s.assessments()).extracting(Assessment::day).containsExactly(0.0, 21.0, 42.0, 63.0);
        double[] expected = {1e9, 1e8 * g, 1e7 * g * g, 1e6 * g * g * g};
        for (int k = 0; k < 4; k++) {
            assertThat(s.assessments().get(k).tumorCells()).isCloseTo(expected[k], within(expected[k] * 1e-7));
        }
        assertThat(s.timeToProgressionDays()).isNull();
        assertThat(s.bestResponse()).isEqualTo(BestResponse.CR);
        // Read continuously, the same run "progresses" 7.89 days after the first dose.
        RunSummary continuous = run(1e9, 63, "  - {name: c, kill_fraction: 0.9, every_days: 21, cycles: 3}\n",
                "endpoints: {assessment: continuous}\n");
        assertThat(continuous.timeToProgressionDays()).isCloseTo(GROW_1728, within(1e-7));
        assertThat(continuous.assessments()).isEmpty();
    }

    @Test
    void modulatorDosesAreNotRestagingPoints() {
        // README: by default the response is restaged just before each day with a cytotoxic dose,
        // not before the modulator doses given between cycles (here on days 2, 9, 16, 23, 30, 37).
        RunSummary s = run(1e9, 42, "  - {name: c, kill_fraction: 0.9, every_days: 21, cycles: 2}\n"
                + "  - {agent: sulfasalazine, dose: 1000, every_days: 7, between: c, gap_days: 2}\n",
                "microenvironment: false\n");
        assertThat(s.doses()).extracting(DoseOutcome::day)
                .containsExactly(0.0, 2.0, 9.0, 16.0, 21.0, 23.0, 30.0, 37.0);
        assertThat(s.assessments()).extracting(Assessment::day).containsExactly(0.0, 21.0, 42.0);
    }

    @Test
    void scansEveryNDaysFindProgressionAtTheFirstScanOverTheThreshold() {
        // untreated, scans every 7 days: day 7 x2^0.7 = 1.62 < 1.728; day 14 x2^1.4 = 2.64: PD on day 14
        RunSummary s = run(1e9, 30, "", "endpoints: {assessment: 7}\n");
        assertThat(s.assessments()).extracting(Assessment::day).containsExactly(0.0, 7.0, 14.0, 21.0, 28.0, 30.0);
        assertThat(s.timeToProgressionDays()).isEqualTo(14.0);
        assertThat(s.bestResponse()).isEqualTo(BestResponse.PD);
        assertThat(s.endpointSettings().assessmentEveryDays()).isEqualTo(7.0);
        // with no doses, the default assesses at baseline and the horizon: x8 by day 30
        RunSummary byDoses = run(1e9, 30, "", "");
        assertThat(byDoses.timeToProgressionDays()).isEqualTo(30.0);
    }

    @Test
    void anAssessmentOnADoseDayIsTakenBeforeTheDose() {
        // kill 0.5 on days 0 and 10, horizon 20: before the day-10 dose 5e8 x 2 = 1e9, not 5e8 after it
        RunSummary s = run(1e9, 20, "  - {name: c, kill_fraction: 0.5, days: [0, 10]}\n", "");
        assertThat(s.assessments()).extracting(Assessment::tumorCells)
                .allSatisfy(v -> assertThat(v).isCloseTo(1e9, within(1e9 * 1e-7)));
        assertThat(s.bestResponse()).isEqualTo(BestResponse.SD);
        assertThat(s.timeToProgressionDays()).isNull();
    }

    @Test
    void timeseriesCarriesVolumeAndDiameterColumns() {
        RunResult r = Runs.run("name: e\ndays: 10\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n", RunOptions.DEFAULT);
        Timeseries ts = r.timeseries();
        assertThat(ts.columns()).startsWith("day", "tumor_cells", "tumor_volume_cm3", "tumor_diameter_cm");
        double[] day10 = ts.rows().get(10);
        assertThat(day10[2]).isCloseTo(2.0, within(1e-8));
        assertThat(day10[3]).isCloseTo(Math.cbrt(12 / Math.PI), within(1e-8));
    }
}
