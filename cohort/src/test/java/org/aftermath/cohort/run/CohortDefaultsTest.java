package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftermath.runner.RunOptions;
import org.junit.jupiter.api.Test;

/** The cohort defaults are the runner's cohort preset. */
class CohortDefaultsTest {

    @Test
    void areTheRunnersCohortPreset() {
        assertThat(CohortDefaults.INTEGRATOR).isEqualTo(RunOptions.COHORT.integrator());
        assertThat(CohortDefaults.TOLERANCES).isEqualTo(RunOptions.COHORT.tolerances());
        assertThat(CohortDefaults.GRID_STEP_DAYS).isEqualTo(RunOptions.COHORT.outputStep());
    }
}
