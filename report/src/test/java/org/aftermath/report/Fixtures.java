package org.aftermath.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.Timeseries;
import org.aftermath.runner.testing.Runs;

/** Runs of the bundled examples, and runs with observables added for panels not modelled yet. */
public final class Fixtures {
    private Fixtures() { }

    /** @return the bundled example {@code name} ({@code examples/<name>.yaml}) run with output step {@code step} */
    public static RunResult example(String name, double step) {
        return Runs.run(Runs.example(name), RunOptions.DEFAULT.withOutputStep(step));
    }

    /** @return the path of a bundled example from the module folder */
    public static Path example(String name) {
        return Runs.example(name);
    }

    /**
     * @return {@code r} with time-course columns set to functions of the day: existing columns of
     *         those names are replaced, others appended
     */
    public static RunResult withColumns(RunResult r, Map<String, DoubleUnaryOperator> extra) {
        List<String> columns = new ArrayList<>(r.timeseries().columns());
        extra.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        List<double[]> rows = new ArrayList<>();
        for (double[] row : r.timeseries().rows()) {
            double[] wide = java.util.Arrays.copyOf(row, columns.size());
            extra.forEach((name, f) -> wide[columns.indexOf(name)] = f.applyAsDouble(row[0]));
            rows.add(wide);
        }
        return new RunResult(r.scenario(), r.options(), new Timeseries(columns, rows), r.summary(),
                r.parameters(), r.simulation());
    }

    /**
     * @return the Fig. 3A td10 run with two drug concentrations, two factor fold changes, the
     *         senescent stroma fraction, stromal DDR and one unplaced observable ({@code atm})
     */
    public static RunResult withMicroenvironment() {
        Map<String, DoubleUnaryOperator> extra = new LinkedHashMap<>();
        extra.put("cisplatin_plasma", t -> 3 * Math.exp(-1.386 * (t % 21)));
        extra.put("doxorubicin_plasma", t -> 0.5 * Math.exp(-0.3 * (t % 21)));
        extra.put("il6_fold_change", t -> 1 + 20 * Math.exp(-0.2 * (t % 21)));
        extra.put("il8_fold_change", t -> 1 + 5 * (t / 147));
        extra.put("senescent_stroma_fraction", t -> 0.4 * (1 - Math.exp(-t / 50)));
        extra.put("stroma_ddr", t -> 0.1 + 0.3 * Math.exp(-0.1 * (t % 21)));
        extra.put("atm", t -> 0.5);
        return withColumns(example("figure-3a-td10", 1), extra);
    }
}
