package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A dose count the scenario validator accepts runs: {@code every_days: 0.0001, cycles: 10000}
 * failed with "Code grows beyond 64 KB" in the code generator (issue 11 item 5); generated code
 * now scales with the number of distinct dose forms, not doses.
 */
class ManyDosesTest {

    @Test
    void tenThousandDosesOfOneTreatmentRun() {
        String yaml = """
                name: many
                days: 1
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                treatments:
                  - {name: chemo, kill_fraction: 0.0001, every_days: 0.0001, cycles: 10000}
                """;
        RunSummary s = Runs.run(yaml, RunOptions.DEFAULT).summary();
        assertThat(s.doses()).hasSize(10_000);
        // growth over the day and 10,000 kills of 1e-4: 1e9 2^0.1 0.9999^10000
        double expected = 1e9 * Math.pow(2, 0.1) * Math.pow(0.9999, 10_000);
        assertThat(s.finalTumorCells()).isCloseTo(expected, within(expected * 1e-8));
    }
}
