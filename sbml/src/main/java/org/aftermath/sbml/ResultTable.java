package org.aftermath.sbml;

import java.util.List;

/**
 * A time course: a header ({@code time} then one name per column) and rows of numbers.
 *
 * @param header column names, the first {@code time}
 * @param rows   one row per output time, each as long as the header
 */
public record ResultTable(List<String> header, double[][] rows) {

    public ResultTable {
        header = List.copyOf(header);
    }

    /** @return the CSV text: the header, then each row with numbers in Java's shortest round-trip form */
    public String toCsv() {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (double[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                if (k > 0) {
                    out.append(',');
                }
                out.append(row[k]);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
