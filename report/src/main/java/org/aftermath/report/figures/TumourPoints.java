package org.aftermath.report.figures;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.runner.DoseOutcome;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.Timeseries;

/**
 * The tumour burden as drawn: the output grid merged with the exact burdens just before and just
 * after every dose (from the summary), so each dose shows as a vertical drop however coarse the
 * grid. A grid row at a dose time (which holds the after-dose state) is replaced by the
 * before/after pair; points at or below zero are dropped (they cannot sit on a log axis). Grids
 * longer than {@value #MAX_GRID_POINTS} rows are thinned to every k-th row (first and last
 * kept) so figures stay small; the dose points are always kept.
 */
public final class TumourPoints {
    /** Most grid rows drawn per curve. */
    public static final int MAX_GRID_POINTS = 4000;

    private TumourPoints() { }

    /** A point of the curve: day and living cancer cells. */
    public record Point(double day, double cells) { }

    /** @return the points in time order; at a dose time, before comes first */
    public static List<Point> of(RunResult result) {
        Timeseries ts = result.timeseries();
        int col = ts.column(ScenarioRunner.TUMOR_CELLS);
        List<DoseOutcome> doses = result.summary().doses();
        List<Point> points = new ArrayList<>();
        int d = 0;
        int stride = stride(ts.rows().size());
        for (int r = 0; r < ts.rows().size(); r++) {
            double[] row = ts.rows().get(r);
            double t = row[0];
            if (r % stride != 0 && r != ts.rows().size() - 1) {
                continue;
            }
            while (d < doses.size() && doses.get(d).day() < t) {
                addDose(points, doses.get(d++));
            }
            if (d < doses.size() && doses.get(d).day() == t) {
                while (d < doses.size() && doses.get(d).day() == t) {
                    addDose(points, doses.get(d++));
                }
            } else {
                add(points, t, row[col]);
            }
        }
        while (d < doses.size()) {
            addDose(points, doses.get(d++));
        }
        return points;
    }

    /** @return k such that every k-th of {@code rows} grid rows gives at most {@link #MAX_GRID_POINTS} (+1) */
    public static int stride(int rows) {
        return Math.max(1, (rows + MAX_GRID_POINTS - 1) / MAX_GRID_POINTS);
    }

    private static void addDose(List<Point> points, DoseOutcome dose) {
        add(points, dose.day(), dose.tumorCellsBefore());
        add(points, dose.day(), dose.tumorCellsAfter());
    }

    private static void add(List<Point> points, double day, double cells) {
        if (cells > 0 && Double.isFinite(cells)) {
            points.add(new Point(day, cells));
        }
    }
}
