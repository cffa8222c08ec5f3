package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/** Regression of examples/doxorubicin-q21.yaml and examples/radiotherapy-70gy.yaml against hand-computed values. */
class TherapyExamplesTest {

    @Test
    void doxorubicinQ21HasTheLabelHalfLifeAndAucOfDoseOverClearance() {
        RunResult r = ScenarioRunner.run(ExampleRegressionTest.example("doxorubicin-q21.yaml"), RunOptions.DEFAULT);
        Timeseries ts = r.timeseries();
        int c = ts.column("doxorubicin_plasma");
        assertThat(c).isPositive();
        double c4 = ts.rows().get(4)[c];
        double c8 = ts.rows().get(8)[c];
        double halfLifeHours = 24 * 4 * Math.log(2) / Math.log(c4 / c8);
        assertThat(halfLifeHours).isBetween(20.0, 48.0).isCloseTo(30.0, within(0.05));

        AgentExposure dox = r.summary().exposure().get(0);
        assertThat(dox.agent()).isEqualTo("doxorubicin");
        assertThat(dox.concentrationUnit()).isEqualTo("mg/L");
        assertThat(dox.sourced()).isTrue();
        assertThat(dox.doses()).hasSize(6);
        for (int k = 0; k < 6; k++) {
            DoseExposure d = dox.doses().get(k);
            assertThat(d.day()).isEqualTo(21.0 * k);
            // C(0+) = 60 mg/m² / 25 L/m² plus a negligible carry-over (< 1e-5 mg/L)
            assertThat(d.cmax()).isCloseTo(2.4, within(1e-4));
            assertThat(d.cmaxDay()).isEqualTo(21.0 * k);
            // AUC(0-inf) = dose / CL = 60 mg/m² / 720 L/day/m²; a 21-day window holds all but ~1e-5 of it
            assertThat(d.auc()).isCloseTo(60.0 / 720, within(1e-4 * 60 / 720));
        }
        assertThat(dox.doses().get(5).endDay()).isEqualTo(147.0);
        RunSummary s = r.summary();
        // regression values of the shipped defaults (kill_eps 30, EC50 0.054 mg/L): the continuous
        // nadir (2.1e8 cells, diameter -40 %) comes days after a dose; restaged before each dose the
        // smallest burden is 3.82e8 on day 105 (diameter ratio 0.726 > 0.7: no PR), and the 5.44e8
        // cells of day 147 are +12.5 % in diameter over it (< +20 %): stable disease, no progression
        assertThat(s.nadirTumorCells()).isCloseTo(2.107e8, within(0.001e8));
        assertThat(s.nadirDay()).isBetween(105.0, 126.0);
        assertThat(s.assessments()).extracting(Assessment::day).containsExactly(0.0, 21.0, 42.0, 63.0, 84.0, 105.0, 147.0);
        assertThat(s.assessments().get(5).tumorCells()).isCloseTo(3.8205e8, within(0.0001e8));
        assertThat(s.bestResponse()).isEqualTo(BestResponse.SD);
        assertThat(s.timeToProgressionDays()).isNull();
        assertThat(s.bed()).isNull();
        assertThat(r.parameters()).containsEntry("patient_bsa_m2", 1.8).containsEntry("patient_weight_kg", 70.0);
    }

    @Test
    void radiotherapy70GyReportsTheBedOfTheFormulaAndTheLqNadir() {
        RunResult r = ScenarioRunner.run(ExampleRegressionTest.example("radiotherapy-70gy.yaml"), RunOptions.DEFAULT);
        RunSummary s = r.summary();
        assertThat(s.bed().fractions()).isEqualTo(35);
        assertThat(s.bed().overallDays()).isEqualTo(46.0);
        assertThat(s.bed().tumorGy()).isCloseTo(84.0 - Math.log(2) * 25 / (0.35 * 3), within(1e-9));
        assertThat(s.bed().tumorGy()).isCloseTo(67.5, within(0.01));
        assertThat(s.bed().lateGy()).isCloseTo(116.6667, within(1e-4));
        double r60 = Math.log(2) / 60;
        double nadir = 1e9 * Math.exp(r60 * 21 + Math.log(2) / 3 * 25) * Math.pow(Math.exp(-0.84), 35);
        assertThat(s.nadirDay()).isEqualTo(46.0);
        assertThat(s.nadirTumorCells()).isCloseTo(nadir, within(1e-6 * nadir));
        assertThat(s.cureProbability()).isCloseTo(Math.exp(-nadir), within(1e-7));
        assertThat(s.nadirBelowOneCell()).isTrue();
        assertThat(s.bestResponse()).isEqualTo(BestResponse.CR);
        assertThat(s.exposure()).isEmpty();
        assertThat(s.doses()).hasSize(35);
        assertThat(s.doses().get(0).tumorCellsAfter() / s.doses().get(0).tumorCellsBefore())
                .isCloseTo(Math.exp(-0.84), within(1e-12));
    }

    @Test
    void bedFollowsParameterOverrides() {
        RunResult r = ScenarioRunner.run(Runs.compile(Runs.example("radiotherapy-70gy"),
                java.util.Map.of("rt_tpot_days", 4.0, "rt_kickoff_days", 28.0, "rt_alpha_beta_late", 2.0)), RunOptions.DEFAULT);
        assertThat(r.summary().bed().tumorGy()).isCloseTo(84.0 - Math.log(2) * 18 / (0.35 * 4), within(1e-9));
        assertThat(r.summary().bed().lateGy()).isCloseTo(140.0, within(1e-9));
        assertThat(List.of(r.summary().bed().doseGy())).containsExactly(2.0);
    }
}
