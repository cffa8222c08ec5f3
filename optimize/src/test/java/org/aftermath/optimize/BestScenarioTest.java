package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best schedule written as a scenario file runs and reproduces the best objective. */
class BestScenarioTest {

    @Test
    void bestScenarioFileReproducesTheBestObjective(@TempDir Path dir) throws Exception {
        ScheduleTemplate t = Fixtures.template("gompertz-boost.yaml");
        SinglePatient burden = new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT);
        OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.NELDER_MEAD, 12, 1).optimize(t,
                new SearchSpace(List.of(t.ownModulator().orElseThrow()), new Range(0, 19), Range.fixed(0),
                        Range.fixed(1), new Range(18, 22)),
                new Constraints(null, 0, null), burden, e -> { });
        Path file = dir.resolve("best-scenario.yaml");
        Files.writeString(file, t.yamlIn(r.best().candidate(), dir));

        Scenario back = ScenarioReader.read(file);
        assertThat(burden.evaluate(back)).isEqualTo(r.best().objective());
        Schedule.Between b = (Schedule.Between) back.treatments().get(1).schedule();
        assertThat(b.offsetDays()).isEqualTo(r.best().candidate().offsetDays());
        assertThat(((Schedule.Periodic) back.treatments().get(0).schedule()).everyDays())
                .isEqualTo(r.best().candidate().everyDays());
    }

    /** The scenario's own schedule, re-encoded as offset and duration, gives the same doses as written. */
    @Test
    void ownScheduleReencodesToTheSameDoses() {
        ScheduleTemplate t = ScheduleTemplate.of("""
                name: gap-form
                days: 63
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                treatments:
                  - {name: chemo, kill_fraction: 0.5, start_day: 0, every_days: 21, cycles: 3}
                  - {name: boost, kill_fraction: 0.1, every_days: 1, between: chemo, gap_days: 2}
                """, "gap-form.yaml", null);
        assertThat(t.own().offsetDays()).isEqualTo(2.0);
        assertThat(t.own().durationDays()).isEqualTo(17.0);
        assertThat(t.scenario(t.own()).treatments().get(1).schedule().doseDays())
                .isEqualTo(t.scenario().treatments().get(1).schedule().doseDays());
    }
}
