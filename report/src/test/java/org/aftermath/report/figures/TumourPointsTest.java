package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.report.Fixtures;
import org.aftermath.runner.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The drawn burden keeps the exact before/after points of every dose whatever the grid. */
class TumourPointsTest {

    /** Fig. 3A, Td = 10 d, SF = 0.1: one 21-day cycle multiplies the burden by 0.1 · 2^2.1. */
    private static final double CYCLE = 0.1 * Math.pow(2, 2.1);

    @ParameterizedTest
    @ValueSource(doubles = {1, 7, 10, 30})
    void everyDoseIsAVerticalDropAtItsExactValues(double step) {
        RunResult r = Fixtures.example("figure-3a-td10", step);
        List<TumourPoints.Point> points = TumourPoints.of(r);
        for (int k = 0; k < 7; k++) {
            double day = 21.0 * k;
            double before = 1e9 * Math.pow(CYCLE, k);
            int i = indexOf(points, day);
            assertThat(points.get(i).cells()).isCloseTo(before, within(before * 1e-8));
            assertThat(points.get(i + 1).day()).isEqualTo(day);
            assertThat(points.get(i + 1).cells()).isCloseTo(0.1 * before, within(before * 1e-9));
        }
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).day()).isGreaterThanOrEqualTo(points.get(i - 1).day());
        }
    }

    @Test
    void gridRowsAtDoseTimesAreReplacedByTheBeforeAfterPair() {
        RunResult r = Fixtures.example("figure-3a-td10", 7);
        int rows = r.timeseries().rows().size();
        assertThat(rows).isEqualTo(22);
        // 7 doses on grid days (multiples of 21): each grid row becomes two points
        assertThat(TumourPoints.of(r)).hasSize(rows - 7 + 2 * 7);
        RunResult off = Fixtures.example("figure-3a-td10", 10);
        int offRows = off.timeseries().rows().size();
        // only the dose of day 0 is on this grid
        assertThat(TumourPoints.of(off)).hasSize(offRows - 1 + 2 * 7);
    }

    @Test
    void longGridsAreThinnedButKeepEveryDoseAndTheLastDay() {
        RunResult r = Fixtures.example("figure-3a-td10", 0.01);
        int rows = r.timeseries().rows().size();
        assertThat(rows).isEqualTo(14701);
        assertThat(TumourPoints.stride(rows)).isEqualTo(4);
        List<TumourPoints.Point> points = TumourPoints.of(r);
        // every 4th of 14701 rows (0, 4, ..., 14700): 3676 rows; 7 dose rows (multiples of 2100) replaced by pairs
        assertThat(points).hasSize(3676 - 7 + 14);
        assertThat(points.get(points.size() - 1).day()).isEqualTo(147.0);
        assertThat(TumourPoints.stride(4000)).isEqualTo(1);
        assertThat(TumourPoints.stride(4001)).isEqualTo(2);
    }

    private static int indexOf(List<TumourPoints.Point> points, double day) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).day() == day) {
                return i;
            }
        }
        throw new AssertionError("no point at day " + day);
    }
}
