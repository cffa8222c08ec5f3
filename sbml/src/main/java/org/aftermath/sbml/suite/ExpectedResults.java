package org.aftermath.sbml.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftermath.sbml.ResultTable;

/**
 * Reads a case's expected results ({@code NNNNN-results.csv}: header {@code time} or
 * {@code Time}, then the variables; NaN / INF / -INF literals in any case). Only the
 * {@link Comparator} calls it, after the simulation.
 */
final class ExpectedResults {

    private ExpectedResults() { }

    static ResultTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = new ArrayList<>();
        for (String h : lines.get(0).split(",")) {
            header.add(h.trim());
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int k = 0; k < cells.length; k++) {
                row[k] = number(cells[k].trim());
            }
            rows.add(row);
        }
        return new ResultTable(header, rows.toArray(new double[0][]));
    }

    static double number(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "infinity", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
