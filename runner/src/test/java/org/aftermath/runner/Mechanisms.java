package org.aftermath.runner;

import java.nio.file.Path;
import java.util.Map;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;

/** Test helper: runs scenario texts or example files of the microenvironment experiments. */
final class Mechanisms {

    private Mechanisms() { }

    static RunResult run(Scenario s, RunOptions options) {
        return ScenarioRunner.run(ScenarioCompiler.compile(s, Map.of()), options);
    }

    static RunResult yaml(String text) {
        return run(ScenarioReader.read(text, "test.yaml"), RunOptions.DEFAULT.withOutputStep(0.25));
    }

    static RunResult example(String name) {
        return run(ScenarioReader.read(Path.of("..", "examples", "mechanisms", name)), RunOptions.DEFAULT.withOutputStep(0.25));
    }

    /** @return the largest grid value of a column */
    static double max(RunResult r, String column) {
        int i = r.timeseries().columns().indexOf(column);
        return r.timeseries().rows().stream().mapToDouble(row -> row[i]).max().orElseThrow();
    }

    /** @return the grid value of a column at a grid day */
    static double at(RunResult r, String column, double day) {
        int i = r.timeseries().columns().indexOf(column);
        return r.timeseries().rows().stream().filter(row -> Math.abs(row[0] - day) < 1e-9).findFirst().orElseThrow()[i];
    }

    /** @return the rise of a factor above baseline: peak fold change − 1 */
    static double rise(RunResult r, String factor) {
        return r.summary().factors().get(factor).peakFoldChange() - 1;
    }

    static String scenario(String days, String treatments, String extra) {
        return "name: t\ndays: " + days + "\ntumor:\n  cells: 1.0e9\n  growth:\n    law: gompertz\n"
                + "    carrying_capacity: 3.0e12\n    rate_per_day: 0.003\n"
                + (treatments.isEmpty() ? "" : "treatments:\n" + treatments) + extra;
    }
}
