package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.RunSummary;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every column of {@code patients.csv} holds what its name says (issue 12 bug 2: swapping
 * {@code final_burden_cells} and {@code nadir_burden_cells} in the writer passed every cohort
 * test). Each patient's row is checked, column by column and by name, against an independent
 * {@code run} of the scenario with that row's drawn inputs applied: the same numbers to the last
 * digit, since the outcomes come from the exact trajectory whatever the output grid.
 */
class PatientsCsvColumnsTest {

    @TempDir
    Path dir;

    @Test
    void eachColumnHoldsWhatAnIndependentRunOfThePatientGives() throws IOException {
        CohortJob job = CohortFixtures.killCohort(12, 5);
        new CohortRun(job, new LocalIndexedExecutor(2), "test", CohortReport.NONE, CohortProgress.NONE)
                .run(dir.resolve("c"), false);
        List<String> lines = Files.readAllLines(dir.resolve("c").resolve(CohortRun.PATIENTS));
        List<String> header = List.of(lines.get(0).split(",", -1));
        Scenario base = ScenarioReader.read(job.scenarioText(), job.scenarioFile());
        List<String> inputs = base.variability().paths();
        assertThat(header).containsSubsequence(inputs);
        RunOptions options = new RunOptions(base.days(), job.integrator(), job.tolerances(), job.seed());
        boolean sawProgression = false;
        boolean sawProgressionFree = false;
        for (String line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSameSizeAs(header.toArray());
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), cells[c]);
            }
            Map<String, Double> drawn = new LinkedHashMap<>();
            inputs.forEach(path -> drawn.put(path, Double.parseDouble(row.get(path))));
            RunSummary s = ScenarioRunner.run(ScenarioCompiler.compile(ScenarioInputs.apply(base, drawn), Map.of()),
                    options).summary();
            Double ttp = s.timeToProgressionDays();
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("final_burden_cells", Double.toString(s.finalTumorCells()));
            expected.put("nadir_burden_cells", Double.toString(s.nadirTumorCells()));
            expected.put("nadir_day", Double.toString(s.nadirDay()));
            expected.put("best_response", s.bestResponse().name());
            expected.put("progression_day", ttp == null ? "" : Double.toString(ttp));
            expected.put("progression_free", Boolean.toString(ttp == null));
            expected.put("status", "completed");
            expected.put("failure", "");
            List<String> mismatches = new ArrayList<>();
            expected.forEach((column, value) -> {
                if (!value.equals(row.get(column))) {
                    mismatches.add(column + ": " + row.get(column) + " in the file, " + value + " by run");
                }
            });
            assertThat(mismatches).as("patient " + row.get("patient")).isEmpty();
            // the row's burdens differ, so a swap of the two columns cannot go unnoticed
            assertThat(s.finalTumorCells()).isNotEqualTo(s.nadirTumorCells());
            sawProgression |= ttp != null;
            sawProgressionFree |= ttp == null;
        }
        assertThat(header).containsAll(List.of("final_burden_cells", "nadir_burden_cells", "nadir_day", "best_response",
                "progression_day", "progression_free", "status", "failure"));
        assertThat(sawProgression && sawProgressionFree).as("the cohort has patients with and without progression")
                .isTrue();
    }
}
