package org.aftermath.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.runner.RunOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optimiser finds the known best gap of a scenario built to have one (gompertz-boost.yaml).
 * Under Gompertz growth x = ln(K/N) obeys dx/dt = -a x and a kill fraction f adds c = -ln(1 - f)
 * to x, so with chemo (c1) on days 0, e, 2e and one boost (c2) per window on day k e + s,
 * <pre>  x(T) = x0 e^(-aT) + sum_k c1 e^(-a(T - k e)) + sum_k c2 e^(-a(T - k e - s)),</pre>
 * increasing in s up to the window's end s = e (a boost beyond it falls in no window). Best gap
 * s* = e = 20 days; log10 N(T) = log10 K - x(T) / ln 10.
 */
class KnownBestGapTest {

    private static final double A = 0.05;
    private static final double K = 1e12;
    private static final double T = 60;
    private static final double E = 20;

    static double log10Burden(double s) {
        double x = Math.log(K / 1e9) * Math.exp(-A * T);
        for (int k = 0; k < 3; k++) {
            x += -Math.log(0.1) * Math.exp(-A * (T - k * E));
            x += -Math.log(0.5) * Math.exp(-A * (T - k * E - s));
        }
        return Math.log10(K) - x / Math.log(10);
    }

    @ParameterizedTest
    @EnumSource(ScheduleOptimizer.Method.class)
    void findsTheBestGap(ScheduleOptimizer.Method method) {
        ScheduleTemplate template = Fixtures.template("gompertz-boost.yaml");
        SearchSpace space = new SearchSpace(List.of(template.ownModulator().orElseThrow()),
                new Range(0, 30), Range.fixed(0), Range.fixed(1), Range.fixed(E));
        List<ScheduleEvaluation> seen = new ArrayList<>();
        OptimizationResult r = new ScheduleOptimizer(method, 40, 7).optimize(template, space,
                new Constraints(null, 0, null), new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT),
                seen::add);

        assertThat(r.best().candidate().offsetDays()).isCloseTo(E, within(0.25));
        assertThat(r.best().objective()).isCloseTo(log10Burden(r.best().candidate().offsetDays()), within(1e-6));
        assertThat(r.ownObjective()).isCloseTo(log10Burden(2), within(1e-6));
        assertThat(r.improvement()).isCloseTo(log10Burden(2) - log10Burden(E), within(0.01));
        assertThat(r.improved()).isTrue();
        assertThat(seen).hasSize(r.evaluations().size()).hasSizeLessThanOrEqualTo(40);
        assertThat(r.evaluations()).filteredOn(e -> e.candidate().offsetDays() > E + 1e-6)
                .allMatch(e -> !e.feasible() && e.reason().contains("no dose falls"));
    }

    /**
     * Exponential growth with kill fractions: N(T) = N0 2^(T/td) (1 - f)^n whatever the dose days,
     * so every interval that keeps the three doses within the horizon ties and the search must not
     * claim an improvement.
     */
    @org.junit.jupiter.api.Test
    void noImprovementWhereTimingCannotMatter() {
        ScheduleTemplate t = ScheduleTemplate.of("""
                name: exponential
                days: 60
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                treatments:
                  - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 20, cycles: 3}
                """, "exponential.yaml", null);
        OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.CMA_ES, 12, 1).optimize(t,
                new SearchSpace(List.of(), Range.fixed(0), Range.fixed(0), Range.fixed(1), new Range(15, 25)),
                new Constraints(null, 0, null), new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT),
                e -> { });
        double exact = 9 + 6 * Math.log10(2) - 3;
        assertThat(r.evaluations()).allSatisfy(e -> assertThat(e.objective()).isCloseTo(exact, within(1e-6)));
        assertThat(r.improved()).isFalse();
    }
}
