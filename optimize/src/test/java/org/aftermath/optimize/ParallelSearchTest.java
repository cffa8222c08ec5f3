package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftermath.runner.RunOptions;
import org.junit.jupiter.api.Test;

/** Searching modulator options in parallel gives the same evaluations, in the same order, as one at a time. */
class ParallelSearchTest {

    static final String TWO_AGENTS = """
            name: two-agents
            days: 42
            microenvironment: false
            tumor: {cells: 1.0e9, growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.05}}
            treatments:
              - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 21, cycles: 2}
              - {agent: sulfasalazine, dose: 1000, every_days: 1, between: chemo, gap_days: 2}
            """;

    @Test
    void sameResultWithOneOrTwoThreads() {
        ScheduleTemplate t = ScheduleTemplate.of(TWO_AGENTS, "two-agents.yaml", null);
        SearchSpace space = new SearchSpace(List.of(t.ownModulator().orElseThrow(),
                new ModulatorOption("metformin", 1000, null, 1)), new Range(0, 10), new Range(0, 19),
                new Range(0.5, 2), new Range(18, 24));
        SinglePatient burden = new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.COHORT);
        OptimizationResult one = new ScheduleOptimizer(ScheduleOptimizer.Method.CMA_ES, 6, 4, 1)
                .optimize(t, space, new Constraints(null, 0, null), burden, e -> { });
        OptimizationResult two = new ScheduleOptimizer(ScheduleOptimizer.Method.CMA_ES, 6, 4, 2)
                .optimize(t, space, new Constraints(null, 0, null), burden, e -> { });
        assertThat(two.evaluations()).isEqualTo(one.evaluations());
        assertThat(two.best()).isEqualTo(one.best());
        assertThat(one.evaluations()).extracting(e -> e.candidate().modulatorName())
                .containsExactly("sulfasalazine", "sulfasalazine", "sulfasalazine", "sulfasalazine", "sulfasalazine",
                        "sulfasalazine", "metformin", "metformin", "metformin", "metformin", "metformin", "metformin");
        assertThat(one.evaluations()).extracting(ScheduleEvaluation::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }
}
