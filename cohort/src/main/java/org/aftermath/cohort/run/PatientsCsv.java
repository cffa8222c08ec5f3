package org.aftermath.cohort.run;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.runner.BestResponse;
import org.aftermath.runner.Outcome;

/**
 * The layout of {@code patients.csv}: one header line, then one line per patient in index order, comma-separated,
 * {@code \n}-terminated, UTF-8. Columns: {@code patient} (index), {@code seed} (the patient's 64-bit seed, signed
 * decimal), each varied input by its scenario path, then the recorded outcomes ({@link PatientOutcome#RECORDED}):
 * {@code final_burden_cells}, {@code nadir_burden_cells}, {@code nadir_day}, {@code best_response} (CR, PR, SD, PD),
 * {@code progression_day} (empty if none within the horizon) and {@code progression_free} (true/false), then {@value #STATUS} ({@value #COMPLETED} or {@value #FAILED})
 * and {@value #FAILURE} (why a failed patient failed, quoted when it holds a comma or quote; empty when completed). A
 * failed patient's outcome columns are empty. Numbers are Java's shortest round-trip decimal form
 * ({@link Double#toString(double)}), so the file is a pure function of the outcomes.
 */
public final class PatientsCsv {

    /** Outcome columns after the inputs: the {@link Outcome#column() columns} of {@link PatientOutcome#RECORDED}. */
    public static final List<String> OUTCOMES = PatientOutcome.RECORDED.stream().map(Outcome::column).toList();
    /** The status column: whether the patient's run completed. */
    public static final String STATUS = "status";
    /** The failure column: why a failed patient failed. */
    public static final String FAILURE = "failure";
    /** Status of a patient with outcomes. */
    public static final String COMPLETED = "completed";
    /** Status of a patient whose run failed ({@link PatientOutcome#failed}). */
    public static final String FAILED = "failed";

    private PatientsCsv() {
    }

    /** @return the header line, with its newline */
    public static String header(List<String> inputs) {
        List<String> cols = new ArrayList<>();
        cols.add("patient");
        cols.add("seed");
        inputs.forEach(name -> cols.add(quote(name)));
        cols.addAll(OUTCOMES);
        cols.add(STATUS);
        cols.add(FAILURE);
        return String.join(",", cols) + "\n";
    }

    /** @return one patient's line, with its newline */
    public static String row(PatientOutcome o) {
        StringBuilder b = new StringBuilder(160);
        b.append(o.index()).append(',').append(o.seed());
        for (double x : o.drawn()) {
            b.append(',').append(x);
        }
        if (!o.completed()) {
            b.append(",".repeat(OUTCOMES.size())).append(',').append(FAILED).append(',').append(quote(o.failure()));
            return b.append('\n').toString();
        }
        double[] values = o.outcomes();
        for (int k = 0; k < values.length; k++) {
            b.append(',');
            cell(b, PatientOutcome.RECORDED.get(k).kind(), values[k]);
        }
        return b.append(',').append(COMPLETED).append(",\n").toString();
    }

    /** Writes one outcome as its kind reads: a number, nothing for an event that did not happen, a name, true/false. */
    private static void cell(StringBuilder b, Outcome.Kind kind, double v) {
        switch (kind) {
            case NUMBER -> b.append(v);
            case TIME_TO_EVENT -> {
                if (!Double.isNaN(v)) {
                    b.append(v);
                }
            }
            case RESPONSE -> b.append(BestResponse.values()[(int) v].name());
            case FLAG -> b.append(v != 0);
        }
    }

    /**
     * Where the complete lines of a (possibly torn) file end.
     *
     * @param file    the CSV
     * @param maxRows keep at most this many patient rows
     * @return the byte length of the header plus the first {@code min(maxRows, complete rows)} rows, and that row
     *         count; {@code (0, 0)} if not even the header is complete
     * @throws IOException on a read failure
     */
    public static Prefix completePrefix(Path file, long maxRows) throws IOException {
        long bytes = 0;
        long lines = 0;
        long end = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0 && lines <= maxRows; n = in.read(buf)) {
                for (int i = 0; i < n && lines <= maxRows; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                        end = bytes + i + 1;
                    }
                }
                bytes += n;
            }
        }
        return lines == 0 ? new Prefix(0, 0) : new Prefix(end, lines - 1);
    }

    /**
     * @param bytes byte length of the kept prefix
     * @param rows  patient rows in it
     */
    public record Prefix(long bytes, long rows) {
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
