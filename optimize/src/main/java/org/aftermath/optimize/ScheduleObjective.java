package org.aftermath.optimize;

import java.util.Arrays;
import java.util.List;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunSummary;
import org.aftermath.tmen.scenario.Scenario;

/**
 * What a schedule search optimises: an {@link Outcome} of one run, as a study reads it
 * ({@link Outcome#value}: a progression that did not happen counts as the horizon), and the
 * direction that is better. For a cohort the objective is the mean over its patients.
 */
public enum ScheduleObjective {

    /** log10 of the cancer cells at the horizon ({@link Outcome#LOG10_FINAL_BURDEN}); minimised. */
    LOG10_FINAL_BURDEN("log10_final_burden", Outcome.LOG10_FINAL_BURDEN, false),

    /**
     * Progression-free time in days: {@link Outcome#PROGRESSION_DAY}, the horizon when the disease did not progress
     * within it (censored, so a cohort mean is the restricted mean progression-free time); maximised.
     */
    PROGRESSION_FREE_DAYS("progression_free_days", Outcome.PROGRESSION_DAY, true);

    private final String id;
    private final Outcome outcome;
    private final boolean maximise;

    ScheduleObjective(String id, Outcome outcome, boolean maximise) {
        this.id = id;
        this.outcome = outcome;
        this.maximise = maximise;
    }

    /** @return the name used on the command line and in outputs */
    public String id() {
        return id;
    }

    /** @return true if larger values are better */
    public boolean maximise() {
        return maximise;
    }

    /**
     * @param summary     one run's outcomes
     * @param horizonDays the scenario's horizon, days (the censoring time of progression)
     * @return the objective's value for that run
     */
    public double of(RunSummary summary, double horizonDays) {
        return outcome.value(summary, horizonDays);
    }

    /** @return the objective's value for one run of {@code scenario} ({@link Outcome#run}) */
    public double run(Scenario scenario, RunOptions options) {
        return outcome.run(scenario, options);
    }

    /** @return the run outcome this objective reads */
    public Outcome outcome() {
        return outcome;
    }

    /** @return true if {@code a} is strictly better than {@code b} */
    public boolean better(double a, double b) {
        return maximise ? a > b : a < b;
    }

    /**
     * Smallest improvement taken as real, in the objective's unit: 1e-3 (log10 cells: 0.23 % of the
     * burden, above the 4.3e-4 that the cohort preset's 1e-3 relative agreement with a
     * tight-tolerance reference allows; days: a thousandth of a day). Smaller gains are solver
     * noise, e.g. between schedules that give the same doses.
     */
    public static final double RESOLUTION = 1e-3;

    /** @return the improvement of {@code best} over {@code reference}, positive when better */
    public double improvement(double best, double reference) {
        return maximise ? best - reference : reference - best;
    }

    /** @return the objective named {@code id} */
    public static ScheduleObjective of(String id) {
        for (ScheduleObjective o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown objective '" + id + "' (allowed: "
                + String.join(", ", ids()) + ")");
    }

    /** @return the allowed names */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ScheduleObjective::id).toList();
    }
}
