package org.aftermath.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;

/**
 * The outcomes of a run, each defined once (README "Outcome definitions"): its id (command
 * line), its column in tables, its unit, how it is read from a run's {@link RunSummary} and what it
 * is when the event it times did not happen within the horizon (censoring). {@code cohort}
 * records them per patient, {@code sensitivity} decomposes one, {@code optimize} improves one;
 * a new outcome is one constant here (and, for a cohort, one entry in its column list). A {@linkplain #paired()
 * paired} outcome compares the run with its control arm ({@link ControlCompiler}): the benefit of the modulators.
 */
public enum Outcome {

    /** Living cancer cells at the horizon. */
    FINAL_BURDEN("final_burden", "final_burden_cells", "cells", Kind.NUMBER, RunSummary::finalTumorCells),
    /** log10 of the cancer cells at the horizon. */
    LOG10_FINAL_BURDEN("log10_final_burden", "log10_final_burden", "log10 cells", Kind.NUMBER,
            s -> Math.log10(s.finalTumorCells())),
    /** Smallest burden reached. */
    NADIR("nadir", "nadir_burden_cells", "cells", Kind.NUMBER, RunSummary::nadirTumorCells),
    /** First time the smallest burden was reached. */
    NADIR_DAY("nadir_day", "nadir_day", "days", Kind.NUMBER, RunSummary::nadirDay),
    /** RECIST-style best response, as the ordinal of {@link BestResponse} (CR 0, PR 1, SD 2, PD 3). */
    BEST_RESPONSE("best_response", "best_response", "CR, PR, SD or PD", Kind.RESPONSE,
            s -> s.bestResponse().ordinal()),
    /**
     * First day progression was seen; censored at the horizon when it was not (NaN as read, the
     * horizon as a study's number: a mean over patients is then the restricted mean progression-free time).
     */
    PROGRESSION_DAY("progression_day", "progression_day", "days", Kind.TIME_TO_EVENT,
            s -> s.timeToProgressionDays() == null ? Double.NaN : s.timeToProgressionDays()),
    /** 1 if the disease did not progress within the horizon, else 0. */
    PROGRESSION_FREE("progression_free", "progression_free", "true or false", Kind.FLAG,
            s -> s.timeToProgressionDays() == null ? 1 : 0),
    /**
     * The modulators' benefit: log10 of the control arm's cancer cells at the horizon over the run's (the control
     * is the scenario without its modulators, {@link org.aftermath.tmen.scenario.Scenario#withoutModulators()});
     * 0 when they change nothing, 0.176 for 1.5-fold fewer cells. A burden below one cell counts as one cell: the
     * continuous model's values there are not cells (see {@code nadir_below_one_cell}), so two arms that both
     * eradicate the tumour differ by nothing, and a modulator that takes it from 100 cells to none gains 2.
     */
    LOG10_BENEFIT("log10_benefit", "log10_benefit", "log10 fold", Kind.NUMBER,
            (arm, control) -> Math.log10(Math.max(1, control.finalTumorCells()) / Math.max(1, arm.finalTumorCells())));

    /** What kind of value an outcome is. */
    public enum Kind {
        /** a number that is always defined */
        NUMBER,
        /** a time that is NaN when the event did not happen within the horizon (censored there) */
        TIME_TO_EVENT,
        /** a {@link BestResponse} ordinal */
        RESPONSE,
        /** 1 (true) or 0 (false) */
        FLAG
    }

    private final String id;
    private final String column;
    private final String unit;
    private final Kind kind;
    /** Reads the outcome from the run's summary and its control arm's (null for an outcome that is not paired). */
    private final ToDoubleBiFunction<RunSummary, RunSummary> reader;
    private final boolean paired;

    Outcome(String id, String column, String unit, Kind kind, ToDoubleFunction<RunSummary> reader) {
        this(id, column, unit, kind, (run, control) -> reader.applyAsDouble(run), false);
    }

    Outcome(String id, String column, String unit, Kind kind, ToDoubleBiFunction<RunSummary, RunSummary> reader) {
        this(id, column, unit, kind, reader, true);
    }

    Outcome(String id, String column, String unit, Kind kind, ToDoubleBiFunction<RunSummary, RunSummary> reader,
            boolean paired) {
        this.id = id;
        this.column = column;
        this.unit = unit;
        this.kind = kind;
        this.reader = reader;
        this.paired = paired;
    }

    /** @return the name on the command line ({@code --outcome}) and in study outputs */
    public String id() {
        return id;
    }

    /** @return the column name in tables ({@code patients.csv}) */
    public String column() {
        return column;
    }

    /** @return the unit, or the values a category takes */
    public String unit() {
        return unit;
    }

    /** @return what kind of value it is */
    public Kind kind() {
        return kind;
    }

    /** @return true if the outcome compares a run with its control arm ({@link #read(RunSummary, RunSummary)}) */
    public boolean paired() {
        return paired;
    }

    /**
     * @param s one run's summary
     * @return the value as recorded: NaN for a {@link Kind#TIME_TO_EVENT} that did not happen
     * @throws IllegalStateException for a {@link #paired} outcome, which needs the control arm's run too
     */
    public double read(RunSummary s) {
        if (paired) {
            throw new IllegalStateException(id + " compares a run with its control arm: read(run, control)");
        }
        return reader.applyAsDouble(s, null);
    }

    /**
     * @param s       one run's summary
     * @param control its control arm's summary (the same options); ignored unless {@link #paired}
     * @return the value as recorded
     */
    public double read(RunSummary s, RunSummary control) {
        if (paired) {
            Objects.requireNonNull(control, "control");
        }
        return reader.applyAsDouble(s, control);
    }

    /**
     * @param s           one run's summary
     * @param horizonDays the scenario's horizon, days
     * @return the value as a study uses it: a time to an event that did not happen is the horizon
     */
    public double value(RunSummary s, double horizonDays) {
        double v = read(s);
        return kind == Kind.TIME_TO_EVENT && Double.isNaN(v) ? horizonDays : v;
    }

    /**
     * Compiles and runs {@code scenario} with one output step over its horizon (outcomes come
     * from the exact trajectory, so the grid does not change them) and reads this outcome.
     *
     * @param scenario the scenario to run
     * @param options  how to run (the output step is replaced)
     * @return {@link #value}
     * @throws IllegalArgumentException for a {@link #paired} outcome of a scenario without a control arm
     */
    public double run(Scenario scenario, RunOptions options) {
        if (paired) {
            ModelSource model = ModelSource.of(scenario);
            return run(ScenarioCompiler.compile(scenario, Map.of(), model),
                    ControlCompiler.of(scenario, model).compile(scenario), options);
        }
        return run(ScenarioCompiler.compile(scenario, Map.of()), options);
    }

    /**
     * Runs a compiled scenario with one output step over its horizon and reads this outcome.
     *
     * @param scenario the compiled scenario
     * @param options  how to run (the output step is replaced)
     * @return {@link #value}
     */
    public double run(CompiledScenario scenario, RunOptions options) {
        return value(ScenarioRunner.run(scenario, options.withOutputStep(scenario.days())).summary(), scenario.days());
    }

    /**
     * Runs a compiled scenario and, for a {@link #paired} outcome, its control arm with the same options, and reads
     * this outcome.
     *
     * @param scenario the compiled scenario
     * @param control  its control arm, compiled ({@link ControlCompiler}); used only by a paired outcome
     * @param options  how to run (the output step is replaced)
     * @return the value as a study uses it ({@link #value})
     */
    public double run(CompiledScenario scenario, CompiledScenario control, RunOptions options) {
        if (!paired) {
            return run(scenario, options);
        }
        RunSummary arm = ScenarioRunner.run(scenario, options.withOutputStep(scenario.days())).summary();
        RunSummary other = ScenarioRunner.run(control, options.withOutputStep(control.days())).summary();
        return read(arm, other);
    }

    /** @return the outcomes a study can decompose or improve: the numbers and times */
    public static List<Outcome> numeric() {
        return Arrays.stream(values()).filter(o -> o.kind == Kind.NUMBER || o.kind == Kind.TIME_TO_EVENT).toList();
    }

    /**
     * @param id      an outcome's id
     * @param allowed the outcomes to choose from
     * @return the outcome named {@code id}
     * @throws IllegalArgumentException naming the allowed ids if none is
     */
    public static Outcome of(String id, List<Outcome> allowed) {
        for (Outcome o : allowed) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "' (allowed: "
                + String.join(", ", allowed.stream().map(Outcome::id).toList()) + ")");
    }
}
