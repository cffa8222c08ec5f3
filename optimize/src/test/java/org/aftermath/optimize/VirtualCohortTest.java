package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aftermath.cohort.run.CohortJob;
import org.aftermath.cohort.run.PatientSimulator;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.PatientDraw;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Cohort objectives: the same patients for every candidate, the same value for any thread count. */
class VirtualCohortTest {

    @Test
    void meanOverTheSeededPatientsWhateverTheThreads() {
        ScheduleTemplate t = Fixtures.template("gompertz-boost-cohort.yaml");
        Scenario s = t.scenario();
        List<PatientDraw> draws = new CohortSampler(ScenarioVariability.from(s.variability())).patients(11, 0, 6);
        double sum = 0;
        for (PatientDraw d : draws) {
            sum += Math.log10(ScenarioRunner.run(ScenarioCompiler.compile(ScenarioInputs.apply(s, d.values()), Map.of()),
                    RunOptions.DEFAULT).summary().finalTumorCells());
        }
        try (VirtualCohort one = new VirtualCohort(s, 6, 11, ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT, 1);
             VirtualCohort two = new VirtualCohort(s, 6, 11, ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT, 2)) {
            assertThat(one.patients()).isEqualTo(draws);
            assertThat(one.evaluate(s)).isEqualTo(two.evaluate(s)).isCloseTo(sum / 6, within(1e-9));
        }
    }

    /** The patients are those of the cohort command: the same draws and outcomes for the same seed. */
    @Test
    void patientsAreTheCohortCommandsPatients() {
        String text = Fixtures.text("gompertz-boost-cohort.yaml");
        Scenario s = ScenarioReader.read(text, "gompertz-boost-cohort.yaml");
        CohortJob job = new CohortJob("gompertz-boost-cohort.yaml", text, org.aftermath.output.Sha256.hex(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), Map.of(), 11, 3, RunOptions.COHORT.integrator(),
                RunOptions.COHORT.tolerances().relative(), RunOptions.COHORT.tolerances().absolute(), 1.0);
        double sum = 0;
        PatientSimulator simulator = new PatientSimulator(job);
        for (int i = 0; i < 3; i++) {
            sum += Math.log10(simulator.simulate(i).value(Outcome.FINAL_BURDEN));
        }
        try (VirtualCohort cohort = new VirtualCohort(s, 3, 11, ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.COHORT, 1)) {
            assertThat(cohort.evaluate(s)).isCloseTo(sum / 3, within(1e-12));
        }
    }

    /** Every patient's best gap is the window's end, so the cohort's is too. */
    @Test
    void cohortFindsTheKnownBestGap() {
        ScheduleTemplate t = Fixtures.template("gompertz-boost-cohort.yaml");
        try (VirtualCohort cohort = new VirtualCohort(t.scenario(), 4, 5, ScheduleObjective.LOG10_FINAL_BURDEN,
                RunOptions.DEFAULT, 2)) {
            OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.NELDER_MEAD, 25, 1).optimize(t,
                    new SearchSpace(List.of(t.ownModulator().orElseThrow()), new Range(0, 30), Range.fixed(0),
                            Range.fixed(1), Range.fixed(20)),
                    new Constraints(null, 0, null), cohort, e -> { });
            assertThat(r.best().candidate().offsetDays()).isCloseTo(20, within(0.25));
            assertThat(r.simulations()).isEqualTo(4L * (1 + r.evaluations().stream().filter(ScheduleEvaluation::feasible).count()));
        }
    }

    @Test
    void aCohortNeedsVariability() {
        Scenario s = Fixtures.template("gompertz-boost.yaml").scenario();
        assertThatThrownBy(() -> new VirtualCohort(s, 4, 1, ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT, 1))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("variability");
    }
}
