package org.aftermath.report.cohort;

import java.util.List;
import org.aftermath.cohort.run.CohortSummary;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.ChartStyle;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.Palette;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.aftermath.tmen.scenario.EndpointSettings;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

/** The fraction of the cohort whose disease has not progressed, by day, as a step curve (Kaplan–Meier style). */
public final class ProgressionFreeChart {

    /** Figure id and file stem. */
    public static final String ID = "progression-free";

    private ProgressionFreeChart() {
    }

    /**
     * @param scenario the cohort's scenario (for when progression is assessed), or null
     * @return the figure of {@code summary}'s progression-free fractions over {@code days}
     */
    public static Figure of(CohortSummary summary, double days, Scenario scenario) {
        CohortSummary.ProgressionFree pf = summary.progressionFree();
        XYSeries series = new XYSeries("Progression-free fraction", false, true);
        for (int k = 0; k < pf.days().length; k++) {
            series.add(pf.days()[k], pf.fraction()[k]);
        }
        XYStepRenderer r = new XYStepRenderer();
        r.setSeriesPaint(0, Palette.VERMILLION);
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setDefaultShapesVisible(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), ChartStyle.autoDayAxis(days),
                fractionAxis("Fraction progression-free"), r);
        String caption = "Fraction of the " + summary.patients() + " virtual patients without progression by each"
                + " grid day (progression as the run's endpoints define it; progression on a day counts from that"
                + " day). " + assessment(scenario, days) + " Assessment ends at the horizon, day " + NumberText.of(days)
                + ": a patient without progression by then is censored there (the curve ends; it does not mean the"
                + " disease stays controlled after).";
        return new Figure(ID, "Progression-free fraction",
                caption, ChartStyle.chart("Progression-free — " + summary.scenario(), plot, true));
    }

    /** @return when progression is seen, and what that does to the curve's steps */
    static String assessment(Scenario scenario, double horizon) {
        String steps = " so the curve steps only on assessment days, and each step gathers every progression since the"
                + " assessment before it — a long interval before the horizon ends in a steep drop there.";
        if (scenario == null) {
            return "Progression is seen when the scenario's endpoints assess it (see its endpoint settings),"
                    + steps;
        }
        EndpointSettings.AssessmentSchedule a = scenario.endpoints().assessment();
        if (a instanceof EndpointSettings.EveryDays every) {
            return "Progression is seen at scans every " + NumberText.of(every.days()) + " days and at the horizon,"
                    + steps;
        }
        if (a instanceof EndpointSettings.BeforeDoses) {
            List<Double> restaging = scenario.treatments().stream().filter(Treatment::cytotoxic)
                    .flatMap(t -> t.schedule().doseDays().stream()).filter(d -> d > 0 && d <= horizon)
                    .distinct().sorted().toList();
            return "Progression is seen at baseline, just before each cytotoxic dose"
                    + (restaging.isEmpty() ? "" : (restaging.size() == 1 ? " (day " : " (days ") + NumberText.days(restaging) + ")")
                    + " and at the horizon (the scenario's assessment: before_doses),"
                    + steps;
        }
        return "Progression is assessed continuously on each patient's trajectory (assessment: continuous).";
    }

    /** @return an axis from 0 to 1 (a little headroom), ticks every 0.2 */
    private static NumberAxis fractionAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        ChartStyle.style(axis);
        axis.setRange(0, 1.02);
        axis.setTickUnit(new NumberTickUnit(0.2));
        return axis;
    }
}
