package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.ParameterSamples;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cohort drawing each patient's parameters from a file of parameter sets (a fit's {@code samples.csv}): every
 * patient runs with exactly one row, the row its seed selects; the rows are drawn uniformly (each row's share of
 * 6,000 patients inside its binomial 99.9 % interval); the variability draws are those of the cohort without
 * samples; a bad file is refused naming the file, the row and the column.
 */
class ParameterSamplesCohortTest {

    private static final String SAMPLES = """
            chain,iteration,objective,tumor.growth.doubling_days,treatments.chemo.kill_fraction
            0,0,12.5,8,0.6
            0,1,12.1,12,0.8
            1,0,13.0,20,0.95
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The kill cohort's scenario without its variability: only the samples vary the patients. */
    private Path scenarioWithoutVariability() throws IOException {
        String yaml = Files.readString(CohortFixtures.scenario("kill-cohort.yaml"));
        return write("fixed.yaml", yaml.substring(0, yaml.indexOf("variability:")));
    }

    @Test
    void everyPatientRunsWithTheRowItsSeedSelects() throws IOException {
        ParameterSamples samples = ParameterSamples.read(write("samples.csv", SAMPLES));
        assertThat(samples.columns()).containsExactly("tumor.growth.doubling_days", "treatments.chemo.kill_fraction");
        CohortJob job = CohortJob.read(scenarioWithoutVariability(), 5, 40, CohortJob.Options.DEFAULT)
                .withSamples(samples);
        PatientSimulator sim = new PatientSimulator(job);
        assertThat(sim.inputs()).isEqualTo(samples.columns());
        List<double[]> rows = List.of(new double[] {8, 0.6}, new double[] {12, 0.8}, new double[] {20, 0.95});
        int[] seen = new int[3];
        for (int i = 0; i < 40; i++) {
            PatientOutcome o = sim.simulate(i);
            int r = samples.row(5, i);
            assertThat(o.drawn()).as("patient %d", i).containsExactly(rows.get(r));
            assertThat(o.failure()).isNull();
            seen[r]++;
        }
        assertThat(Arrays.stream(seen).min().getAsInt()).as(Arrays.toString(seen)).isPositive();
        // the same row, whoever asks: a pure function of (seed, index)
        assertThat(samples.row(5, 17)).isEqualTo(ParameterSamples.read(dir.resolve("samples.csv")).row(5, 17));
    }

    @Test
    void rowsAreDrawnUniformly() throws IOException {
        ParameterSamples samples = ParameterSamples.read(write("samples.csv", SAMPLES));
        int n = 6000;
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            counts[samples.row(11, i)]++;
        }
        // binomial(6000, 1/3): mean 2000, sd 36.5; 99.9 % two-sided: +-3.29 sd = +-120
        for (int c : counts) {
            assertThat(c).as(Arrays.toString(counts)).isBetween(2000 - 120, 2000 + 120);
        }
    }

    @Test
    void theVariabilityDrawsAreThoseOfTheCohortWithoutSamples() throws IOException {
        String yaml = Files.readString(CohortFixtures.scenario("kill-cohort.yaml"))
                .replace("  treatments.chemo.kill_fraction: {uniform: {min: 0.5, max: 0.99}}\n", "")
                .replaceAll("correlations:\\n.*\\n", "");
        Path scenario = write("half.yaml", yaml);
        ParameterSamples samples = ParameterSamples.read(write("kill.csv", "treatments.chemo.kill_fraction\n0.7\n0.9\n"));
        CohortJob job = CohortJob.read(scenario, 3, 10, CohortJob.Options.DEFAULT).withSamples(samples);
        PatientSimulator sim = new PatientSimulator(job);
        CohortSampler sampler = ScenarioVariability.sampler(
                ScenarioReader.read(job.scenarioText(), job.scenarioFile()).variability(), "x", "");
        for (int i = 0; i < 10; i++) {
            PatientOutcome o = sim.simulate(i);
            double doubling = sampler.patient(3, i).values().get("tumor.growth.doubling_days");
            assertThat(o.drawn()).containsExactly(doubling, samples.row(3, i) == 0 ? 0.7 : 0.9);
            assertThat(o.seed()).isEqualTo(sampler.patient(3, i).seed());
        }
    }

    @Test
    void aBadFileIsRefusedNamingTheFileTheRowAndTheColumn() throws IOException {
        Path bad = write("bad.csv", "chain,gompertz_rate,tumor.cells\n0,0.1,1e9\n1,x,1e9\n");
        assertThatThrownBy(() -> ParameterSamples.read(bad)).isInstanceOf(ScenarioException.class)
                .hasMessage(bad + ": row 3, column gompertz_rate: 'x' is not a finite number");
        Path ragged = write("ragged.csv", "tumor.cells\n1e9,2\n");
        assertThatThrownBy(() -> ParameterSamples.read(ragged)).hasMessage(ragged
                + ": row 2: 2 cells, but the header has 1 columns");
        Path empty = write("empty.csv", "chain,iteration,objective\n0,0,1\n");
        assertThatThrownBy(() -> ParameterSamples.read(empty)).hasMessageContaining("row 1: no parameter column");
        assertThat(ParameterSamples.read(write("ok.csv", "gompertz_rate\n0.1\n")).columns())
                .containsExactly("parameters.gompertz_rate");

        Path unknown = write("unknown.csv", "no_such_rate,tumor.cells\n0.1,1e9\n");
        CohortJob job = CohortJob.read(scenarioWithoutVariability(), 5, 4, CohortJob.Options.DEFAULT)
                .withSamples(ParameterSamples.read(unknown));
        assertThatThrownBy(() -> new PatientSimulator(job)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(unknown + ": row 1, column no_such_rate: not a parameter of");
        CohortJob twice = CohortFixtures.killCohort(4, 5).withSamples(ParameterSamples.read(
                write("twice.csv", "treatments.chemo.kill_fraction\n0.7\n")));
        assertThatThrownBy(() -> new PatientSimulator(twice)).hasMessageContaining("also drawn by");
    }
}
