package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.runner.RunOptions;
import org.junit.jupiter.api.Test;

/** The toxicity constraints hold for every simulated candidate and bind where they should. */
class ConstraintsTest {

    private static final SinglePatient BURDEN = new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT);

    private static OptimizationResult search(String file, SearchSpace space, Constraints limits, int budget) {
        return new ScheduleOptimizer(ScheduleOptimizer.Method.CMA_ES, budget, 3)
                .optimize(Fixtures.template(file), space, limits, BURDEN, e -> { });
    }

    /** Three Gompertz kills on days 0, e, 2e within 60 days: best e = 30 (the last dose on the horizon). */
    @Test
    void intervalOptimumIsTheKnownOne() {
        OptimizationResult r = search("gompertz-chemo.yaml",
                new SearchSpace(List.of(), Range.fixed(0), Range.fixed(0), Range.fixed(1), new Range(10, 40)),
                new Constraints(null, 0, null), 30);
        assertThat(r.best().candidate().everyDays()).isCloseTo(30, within(0.3));
        assertThat(r.best().toxicity().cytotoxicDoses()).isEqualTo(3);
    }

    /**
     * With a minimum interval of 35 days only two kills fit in 60 days, best as late as allowed:
     * e = 40, the upper bound; no candidate below the minimum is proposed.
     */
    @Test
    void minimumIntervalIsRespected() {
        OptimizationResult r = search("gompertz-chemo.yaml",
                new SearchSpace(List.of(), Range.fixed(0), Range.fixed(0), Range.fixed(1), new Range(10, 40)),
                new Constraints(null, 35, null), 20);
        assertThat(r.intervalDays()).isEqualTo(new Range(35, 40));
        assertThat(r.evaluations()).allMatch(e -> e.candidate().everyDays() >= 35);
        assertThat(r.best().candidate().everyDays()).isCloseTo(40, within(0.3));
    }

    /**
     * Ten planned doxorubicin doses of 60 mg/m² over 147 days under a 450 mg/m² cap: at most seven
     * may fall within the horizon, so every_days must exceed 147 / 7 = 21 days; more doses lower the
     * burden, so the cap binds at the best schedule.
     */
    @Test
    void cumulativeCapIsRespectedAndBinds() {
        OptimizationResult r = search("doxorubicin-pk.yaml",
                new SearchSpace(List.of(), Range.fixed(0), Range.fixed(0), Range.fixed(1), new Range(14, 35)),
                new Constraints(450.0, 14, null), 16);
        assertThat(r.evaluations()).filteredOn(ScheduleEvaluation::feasible)
                .allMatch(e -> e.toxicity().cumulativeMgPerM2() <= 450.0)
                .isNotEmpty();
        assertThat(r.evaluations()).filteredOn(e -> e.candidate().everyDays() <= 21.0)
                .allMatch(e -> !e.feasible() && e.reason().contains("cumulative dose"));
        assertThat(r.best().toxicity().cumulativeMgPerM2()).isEqualTo(420.0);
        assertThat(r.best().candidate().everyDays()).isGreaterThan(21.0);
        assertThat(r.activeConstraints()).contains("cumulative_cap");
        assertThat(r.ownFeasible()).isTrue();
    }

    /** Every boost dose kills, so the best schedule gives exactly the maximum number of boost doses. */
    @Test
    void maximumModulatorDosesIsRespectedAndBinds() {
        ScheduleTemplate t = Fixtures.template("gompertz-daily-boost.yaml");
        OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.NELDER_MEAD, 25, 3).optimize(t,
                new SearchSpace(List.of(t.ownModulator().orElseThrow()), Range.fixed(0), new Range(0, 10),
                        Range.fixed(1), Range.fixed(20)),
                new Constraints(null, 0, 12), BURDEN, e -> { });
        assertThat(r.evaluations()).filteredOn(ScheduleEvaluation::feasible).allMatch(e -> e.toxicity().modulatorDoses() <= 12);
        assertThat(r.best().toxicity().modulatorDoses()).isEqualTo(12);
        assertThat(r.activeConstraints()).containsExactly("max_modulator_doses");
    }

    @Test
    void intervalBoundsBelowTheMinimumAreRefused() {
        assertThatThrownBy(() -> search("gompertz-chemo.yaml",
                new SearchSpace(List.of(), Range.fixed(0), Range.fixed(0), Range.fixed(1), new Range(10, 20)),
                new Constraints(null, 21, null), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the minimum interval 21");
    }

    @Test
    void reversedBoundsAreRefused() {
        assertThatThrownBy(() -> new Range(30, 10)).hasMessageContaining("reversed");
    }
}
