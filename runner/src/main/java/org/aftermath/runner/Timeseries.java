package org.aftermath.runner;

import java.util.List;

/**
 * A time course on the output grid: column 0 is {@code day}, then the model's observables.
 * Rows at a dose time show the state after the dose.
 *
 * @param columns column names, first {@code day}
 * @param rows    one array per grid time, each of length {@code columns.size()}
 */
public record Timeseries(List<String> columns, List<double[]> rows) {
    public Timeseries {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @return the index of a column, or -1 */
    public int column(String name) {
        return columns.indexOf(name);
    }
}
