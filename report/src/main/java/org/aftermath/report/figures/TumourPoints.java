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
 * before/after pair; points at or below zero are dropped (they cannot sit on a log axis).
 */
public final class TumourPoints {
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
        for (double[] row : ts.rows()) {
            double t = row[0];
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
