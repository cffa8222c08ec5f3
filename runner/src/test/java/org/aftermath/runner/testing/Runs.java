package org.aftermath.runner.testing;

import java.nio.file.Path;
import java.util.Map;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;

/**
 * The tests' one way to read, compile and run a scenario (shared with the modules downstream of {@code runner}
 * through its test-jar). Paths are relative to a module's folder, as Maven runs tests there.
 */
public final class Runs {

    /** The bundled examples, from a module's folder. */
    public static final Path EXAMPLES = Path.of("..", "examples");

    private Runs() {
    }

    /** @return {@code examples/<relative>}, with {@code .yaml} added unless it ends in {@code .yaml} or {@code .yml} */
    public static Path example(String relative) {
        return EXAMPLES.resolve(relative.endsWith(".yaml") || relative.endsWith(".yml") ? relative : relative + ".yaml");
    }

    /** @return the scenario file compiled with no parameter overrides */
    public static CompiledScenario compile(Path file) {
        return compile(file, Map.of());
    }

    /** @return the scenario file compiled with model parameter overrides, as {@code --param} gives them */
    public static CompiledScenario compile(Path file, Map<String, Double> parameters) {
        return ScenarioCompiler.compile(ScenarioReader.read(file), parameters);
    }

    /**
     * @param yaml       a scenario's text
     * @param file       the file name its messages give
     * @param parameters model parameter overrides, as {@code --param} gives them
     * @return the scenario compiled
     */
    public static CompiledScenario compile(String yaml, String file, Map<String, Double> parameters) {
        return ScenarioCompiler.compile(ScenarioReader.read(yaml, file), parameters);
    }

    /** @return the scenario file run with {@code options} */
    public static RunResult run(Path file, RunOptions options) {
        return ScenarioRunner.run(compile(file), options);
    }

    /** @return the scenario text run with {@code options} (messages name the file {@code test.yaml}) */
    public static RunResult run(String yaml, RunOptions options) {
        return run(yaml, "test.yaml", options);
    }

    /** @return the scenario text run with {@code options}, messages naming {@code file} */
    public static RunResult run(String yaml, String file, RunOptions options) {
        return ScenarioRunner.run(compile(yaml, file, Map.of()), options);
    }

    /** @return the scenario run with {@code options} */
    public static RunResult run(Scenario scenario, RunOptions options) {
        return ScenarioRunner.run(ScenarioCompiler.compile(scenario, Map.of()), options);
    }

    /**
     * A one-tumour scenario text for rule tests: {@code cells} cancer cells growing by the given law, the given
     * treatment list items (each line starting with {@code "  - "}) and extra top-level YAML.
     *
     * @param days       the horizon, days
     * @param growth     the growth mapping's inline YAML, e.g. {@code "{law: exponential, doubling_days: 10}"}
     * @param cells      initial cancer cells
     * @param treatments treatment list items, or "" for none
     * @param extra      further top-level YAML (ending in a newline), or ""
     * @return the text
     */
    public static String scenario(double days, String growth, double cells, String treatments, String extra) {
        return "name: t\ndays: " + days + "\ntumor:\n  cells: " + cells + "\n  growth: " + growth + "\n"
                + (treatments.isEmpty() ? "" : "treatments:\n" + treatments) + extra;
    }

    /** @return the values of one time-course column, in grid order */
    public static double[] column(RunResult r, String name) {
        int i = r.timeseries().columns().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + r.timeseries().columns());
        }
        return r.timeseries().rows().stream().mapToDouble(row -> row[i]).toArray();
    }

    /** @return the largest grid value of a column */
    public static double max(RunResult r, String name) {
        return java.util.Arrays.stream(column(r, name)).max().orElseThrow();
    }

    /** @return the grid value of a column at a grid day (within 1e-9 day) */
    public static double at(RunResult r, String name, double day) {
        double[] values = column(r, name);
        double[] days = column(r, "day");
        for (int k = 0; k < days.length; k++) {
            if (Math.abs(days[k] - day) < 1e-9) {
                return values[k];
            }
        }
        throw new IllegalArgumentException("day " + day + " is not on the grid");
    }
}
