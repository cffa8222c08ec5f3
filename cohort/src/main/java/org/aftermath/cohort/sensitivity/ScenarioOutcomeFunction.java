package org.aftermath.cohort.sensitivity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.aftermath.cohort.run.ScenarioFiles;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;

/**
 * A scenario as a {@link OutcomeFunction}: input vector → values of the scenario's varied inputs, in
 * {@code variability:} order → {@link org.aftermath.tmen.scenario.ScenarioInputs#apply} → compile → run → the
 * outcome. {@link #evaluateAll} hands the rows to an {@link IndexedExecutor} as one {@link DesignTask} (this
 * machine's threads, or a distributed engine); each result goes to its row's slot, so the outputs do not depend on
 * the engine or the number of threads. The executor belongs to the caller, who closes it.
 */
public final class ScenarioOutcomeFunction implements OutcomeFunction {

    private final ScenarioFiles scenario;
    private final List<String> inputs;
    private final Outcome outcome;
    private final RunOptions options;
    private final IndexedExecutor executor;
    private final Runnable afterRun;

    /**
     * @param scenario the scenario's texts
     * @param inputs   the varied input paths, in the order of the input vectors
     * @param outcome  what to read from each run
     * @param options  how to run (the output grid is made coarse: outcomes come from the exact trajectory)
     * @param executor where the design's rows run
     * @param afterRun called after each run's result arrives (progress), from the thread calling {@link #evaluateAll}
     */
    public ScenarioOutcomeFunction(ScenarioFiles scenario, List<String> inputs, Outcome outcome, RunOptions options,
                         IndexedExecutor executor, Runnable afterRun) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.inputs = List.copyOf(inputs);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.options = Objects.requireNonNull(options, "options");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.afterRun = Objects.requireNonNull(afterRun, "afterRun");
    }

    @Override
    public double evaluate(double[] x) {
        return evaluateAll(new double[][] {x})[0];
    }

    @Override
    public double[] evaluateAll(double[][] xs) {
        double[][] rows = new double[xs.length][];
        for (int r = 0; r < xs.length; r++) {
            rows[r] = xs[r].clone();
        }
        double[] y = new double[xs.length];
        try {
            executor.execute(new DesignTask(scenario, inputs, outcome, options, rows), 0, rows.length, (r, value) -> {
                y[Math.toIntExact(r)] = value;
                afterRun.run();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return y;
    }
}
