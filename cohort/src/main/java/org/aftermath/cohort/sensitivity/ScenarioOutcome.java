package org.aftermath.cohort.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.Summary;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;

/** The scalar outcome of one scenario run that a sensitivity analysis decomposes. */
public enum ScenarioOutcome {

    /** Living cancer cells at the horizon (cells). */
    FINAL_BURDEN("final_burden", "cells"),
    /** log10 of the cancer cells at the horizon. */
    LOG10_FINAL_BURDEN("log10_final_burden", "log10 cells"),
    /** Smallest burden reached (cells). */
    NADIR("nadir", "cells"),
    /**
     * Day progression was first seen ({@link Summary#timeToProgressionDays()}), or the horizon if it
     * was not (censored) (days).
     */
    PROGRESSION_DAY("progression_day", "days");

    private final String id;
    private final String unit;

    ScenarioOutcome(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** @return the name used on the command line and in outputs */
    public String id() {
        return id;
    }

    /** @return the outcome's unit */
    public String unit() {
        return unit;
    }

    /**
     * @param s           one run's summary
     * @param horizonDays the scenario's horizon (the censoring day of progression)
     * @return the outcome's value
     */
    public double of(Summary s, double horizonDays) {
        return switch (this) {
            case FINAL_BURDEN -> s.finalTumorCells();
            case LOG10_FINAL_BURDEN -> Math.log10(s.finalTumorCells());
            case NADIR -> s.nadirTumorCells();
            case PROGRESSION_DAY -> s.timeToProgressionDays() == null ? horizonDays : s.timeToProgressionDays();
        };
    }

    /**
     * Compiles and runs {@code scenario} with one output step over its horizon (the outcomes come from the exact
     * trajectory, so the grid does not change them) and reads this outcome.
     *
     * @param scenario the scenario to run
     * @param options  how to run (the output step is replaced)
     * @return the outcome's value
     */
    public double run(Scenario scenario, RunOptions options) {
        return of(ScenarioRunner.run(ScenarioCompiler.compile(scenario, Map.of()),
                options.withOutputStep(scenario.days())).summary(), scenario.days());
    }

    /** @return the outcome named {@code id} */
    public static ScenarioOutcome of(String id) {
        for (ScenarioOutcome o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "' (allowed: " + String.join(", ", ids()) + ")");
    }

    /** @return the allowed names */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ScenarioOutcome::id).toList();
    }
}
