package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aftermath.cohort.sampling.Correlation;
import org.aftermath.cohort.sampling.LogNormal;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.cohort.sampling.Variability;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The bundled Figure 3C cohort reads, compiles with its draws applied, and varies what its comments say. */
class FigureThreeCCohortTest {

    private static final Path EXAMPLE = Runs.EXAMPLES.resolve("figure-3c-cohort.yaml");

    @Test
    void variesGrowthStromaDdspStrengthAndDrugSensitivity() {
        CohortJob job = CohortJob.read(EXAMPLE, 1, 100, CohortJob.Options.DEFAULT);
        PatientSimulator sim = new PatientSimulator(job);
        assertThat(sim.inputs()).containsExactly("tumor.growth.doubling_days", "stroma.fibroblast",
                "parameters.ddsp_strength_fib", "parameters.doxorubicin_ec50");
        assertThat(sim.grid()).hasSize(148);
        Variability v = ScenarioVariability.from(ScenarioReader.read(EXAMPLE).variability());
        assertThat(v.marginals().get("tumor.growth.doubling_days")).isEqualTo(new LogNormal(10, 0.5));
        assertThat(v.marginals().get("parameters.doxorubicin_ec50")).isEqualTo(new LogNormal(0.054, 0.8));
        // ddsp_strength_fib: the central 90 % spans the model file's range 0.5 .. 2 (within 5 %)
        LogNormal ddsp = (LogNormal) v.marginals().get("parameters.ddsp_strength_fib");
        assertThat(ddsp.quantile(0.05)).isBetween(0.475, 0.525);
        assertThat(ddsp.quantile(0.95)).isBetween(1.9, 2.1);
        assertThat(v.correlations()).containsExactly(
                new Correlation("tumor.growth.doubling_days", "parameters.doxorubicin_ec50", 0.4));
    }
}
