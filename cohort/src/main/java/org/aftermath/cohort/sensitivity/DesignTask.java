package org.aftermath.cohort.sensitivity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftermath.cohort.run.ScenarioFiles;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.runner.ControlCompiler;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioInputs;

/**
 * The rows of a sensitivity design as an {@link IndexedTask}: index {@code r} is the outcome of the scenario with
 * row {@code r}'s values applied to its varied inputs. Plain data (the scenario's texts, not its files), so any
 * {@link org.aftermath.cohort.tasks.IndexedExecutor} — this machine's threads or a Spark cluster — runs it with the
 * same results.
 *
 * @param scenario the scenario's texts
 * @param inputs   the varied input paths, in the order of a row's values
 * @param outcome  what to read from each run (a paired outcome runs each row's control arm too)
 * @param options  how to run (the output grid is replaced: outcomes come from the exact trajectory)
 * @param rows     the design's input vectors, in the inputs' own units; not modified
 */
public record DesignTask(ScenarioFiles scenario, List<String> inputs, Outcome outcome, RunOptions options,
                         double[][] rows) implements IndexedTask<Double> {

    public DesignTask {
        Objects.requireNonNull(scenario, "scenario");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(options, "options");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != inputs.size()) {
                throw new IllegalArgumentException("row " + r + ": expected " + inputs.size() + " inputs, got "
                        + rows[r].length);
            }
        }
    }

    @Override
    public Worker<Double> worker() {
        Scenario base = scenario.scenario();
        ModelSource texts = scenario.model(base);
        ModelSource model = texts == null ? ModelSource.of(base) : texts;
        ControlCompiler control = outcome.paired() ? ControlCompiler.of(base, model) : null;
        return index -> {
            double[] x = rows[Math.toIntExact(index)];
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < x.length; i++) {
                values.put(inputs.get(i), x[i]);
            }
            Scenario s = ScenarioInputs.apply(base, values);
            CompiledScenario arm = ScenarioCompiler.compile(s, Map.of(), model);
            return control == null ? outcome.run(arm, options) : outcome.run(arm, control.compile(s), options);
        };
    }
}
