package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.RunSummary;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patient is the scenario run with its drawn inputs applied; the job survives serialisation unchanged. */
class PatientSimulatorTest {

    @Test
    void aPatientIsTheScenarioWithItsDrawsApplied() {
        CohortJob job = CohortFixtures.killCohort(10, 3);
        PatientSimulator sim = new PatientSimulator(job);
        PatientOutcome o = sim.simulate(7);
        Scenario base = ScenarioReader.read(job.scenarioText(), job.scenarioFile());
        CohortSampler sampler = new CohortSampler(ScenarioVariability.from(base.variability()));
        Map<String, Double> drawn = sampler.patient(3, 7).values();
        assertThat(o.drawn()).containsExactly(drawn.values().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(o.seed()).isEqualTo(sampler.patient(3, 7).seed());
        RunSummary direct = ScenarioRunner.run(ScenarioCompiler.compile(
                org.aftermath.tmen.scenario.ScenarioInputs.apply(base, drawn), Map.of()),
                new RunOptions(1, job.integrator(), job.tolerances(), 3)).summary();
        assertThat(o.value(Outcome.FINAL_BURDEN)).isEqualTo(direct.finalTumorCells());
        assertThat(o.value(Outcome.NADIR)).isEqualTo(direct.nadirTumorCells());
        assertThat(o.bestResponse()).isEqualTo(direct.bestResponse());
        // the grid is days 0..63; day 0 shows the first dose (kill fraction f): 1e9 (1 - f)
        assertThat(sim.grid()).hasSize(64);
        double f = drawn.get("treatments.chemo.kill_fraction");
        assertThat(o.gridBurden()[0]).isCloseTo(1e9 * (1 - f), within(1e9 * (1 - f) * 1e-9));
        assertThat(o.gridBurden()[63]).isEqualTo(direct.finalTumorCells());
    }

    @Test
    void aJobCarriesItsModelFilesSoWorkersNeedNoScenarioFolder(@TempDir Path dir) throws IOException {
        // the user's replacement of the exponential growth module, with a different default doubling time
        Path models = Files.createDirectories(dir.resolve("my-model"));
        String growth = new String(Scenario.class.getResourceAsStream("/org/aftermath/tmen/models/tumor-exponential.ant")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(models.resolve("tumor-exponential.ant"), growth);
        String yaml = Files.readString(CohortFixtures.scenario("kill-cohort.yaml")).replace("name: kill-cohort",
                "name: kill-cohort-model\nmodel: my-model");
        Path scenario = dir.resolve("cohort.yaml");
        Files.writeString(scenario, yaml);
        CohortJob job = CohortJob.read(scenario, 3, 10, CohortJob.Options.DEFAULT);
        assertThat(job.modelFiles()).containsOnlyKeys("tumor-exponential.ant");
        String expected = PatientsCsv.row(new PatientSimulator(job).simulate(2));
        Files.delete(models.resolve("tumor-exponential.ant"));
        Files.delete(models);
        Files.delete(scenario);
        assertThat(PatientsCsv.row(new PatientSimulator(job).simulate(2))).isEqualTo(expected);
        PatientSimulator builtIn = new PatientSimulator(CohortFixtures.killCohort(10, 3));
        assertThat(PatientsCsv.row(builtIn.simulate(2))).isEqualTo(expected);
    }

    @Test
    void aBandGridBeyondTheRowBudgetIsRefusedBeforeAnythingIsAllocated() {
        CohortJob fine = CohortFixtures.killCohort(10, 3);
        CohortJob job = new CohortJob(fine.scenarioFile(), fine.scenarioText(), fine.scenarioSha256(), fine.modelFiles(),
                3, 10, fine.integrator(), fine.rtol(), fine.atol(), 1e-6);
        assertThatThrownBy(() -> new PatientSimulator(job)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("--step 1.0E-6 gives 63000001 output rows (at most " + ScenarioRunner.MAX_ROWS);
    }

    @Test
    void theJobSurvivesSerialisation() throws IOException, ClassNotFoundException {
        CohortJob job = CohortFixtures.killCohort(10, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(job);
        }
        CohortJob copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CohortJob) in.readObject();
        }
        assertThat(copy).isEqualTo(job);
        PatientSimulator a = new PatientSimulator(job);
        PatientSimulator b = new PatientSimulator(copy);
        assertThat(PatientsCsv.row(b.simulate(4))).isEqualTo(PatientsCsv.row(a.simulate(4)));
    }
}
