package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftermath.tmen.CompiledScenario;
import org.junit.jupiter.api.Test;

/** Lean observation keeps the burden's outcomes bit for bit and drops the rest. */
class LeanObservationTest {

    @Test
    void leanRunsReportTheSameBurdenOutcomesAndOnlyTheBurdenColumns() {
        CompiledScenario scenario = ExampleRegressionTest.example("figure-3c-dox-alone.yaml");
        RunOptions options = RunOptions.COHORT.withObservation(RunOptions.Observation.FULL);
        RunResult full = ScenarioRunner.run(scenario, options);
        RunResult lean = ScenarioRunner.run(scenario, options.withObservation(RunOptions.Observation.LEAN));
        RunSummary f = full.summary();
        RunSummary l = lean.summary();
        assertThat(l.initialTumorCells()).isEqualTo(f.initialTumorCells());
        assertThat(l.finalTumorCells()).isEqualTo(f.finalTumorCells());
        assertThat(l.nadirTumorCells()).isEqualTo(f.nadirTumorCells());
        assertThat(l.nadirDay()).isEqualTo(f.nadirDay());
        assertThat(l.regrowthDay()).isEqualTo(f.regrowthDay());
        assertThat(l.timeToProgressionDays()).isEqualTo(f.timeToProgressionDays());
        assertThat(l.bestResponse()).isEqualTo(f.bestResponse());
        assertThat(l.doses()).isEqualTo(f.doses());
        assertThat(l.assessments()).isEqualTo(f.assessments());
        assertThat(f.exposure()).isNotEmpty();
        assertThat(f.factors()).isNotEmpty();
        assertThat(l.exposure()).isEmpty();
        assertThat(l.factors()).isEmpty();
        assertThat(l.modulators()).isEmpty();

        assertThat(lean.timeseries().columns()).containsExactly("day", ScenarioRunner.TUMOR_CELLS,
                ScenarioRunner.TUMOR_VOLUME, ScenarioRunner.TUMOR_DIAMETER);
        List<double[]> fr = full.timeseries().rows();
        List<double[]> lr = lean.timeseries().rows();
        assertThat(lr).hasSize(fr.size());
        for (int k = 0; k < lr.size(); k++) {
            assertThat(lr.get(k)).containsExactly(java.util.Arrays.copyOf(fr.get(k), 4));
        }
    }
}
