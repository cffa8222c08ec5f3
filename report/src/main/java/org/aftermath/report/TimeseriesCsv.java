package org.aftermath.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftermath.output.CsvFormat;
import org.aftermath.runner.Timeseries;

/** Writes a {@link Timeseries} as CSV: a header row, then one row per grid time. */
public final class TimeseriesCsv {
    private TimeseriesCsv() { }

    /**
     * @param series the time course
     * @param file   the file to write (replaced)
     * @throws IOException on a write failure
     */
    public static void write(Timeseries series, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", series.columns()));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (double[] row : series.rows()) {
                line.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(CsvFormat.number(row[i]));
                }
                line.append('\n');
                w.write(line.toString());
            }
        }
    }
}
