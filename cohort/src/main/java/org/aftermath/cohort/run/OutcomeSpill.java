package org.aftermath.cohort.run;

import java.nio.ByteBuffer;
import org.aftermath.runner.BestResponse;
import org.aftermath.runner.Outcome;

/**
 * The layout of {@code patients.bin}, the binary companion of {@code patients.csv} from which the cohort summary is
 * computed without holding the cohort in memory: one fixed-size record per patient, in index order, of big-endian
 * IEEE-754 doubles: the progression day (NaN if none), the best response's ordinal (CR 0, PR 1, SD 2, PD 3; NaN for a
 * patient whose run failed, {@link PatientOutcome#failed}, whose other outcomes are NaN too), the drawn inputs in
 * variability order, then the burden on each band-grid day (cells).
 *
 * @param inputs number of varied inputs
 * @param grid   number of band-grid days
 */
public record OutcomeSpill(int inputs, int grid) {

    /** Column of the progression day. */
    public static final int PROGRESSION = 0;
    /** Column of the best response's ordinal. */
    public static final int RESPONSE = 1;

    /** @return doubles per record */
    public int columns() {
        return 2 + inputs + grid;
    }

    /** @return bytes per record */
    public int recordBytes() {
        return Double.BYTES * columns();
    }

    /** @return the column of input {@code j} */
    public int inputColumn(int j) {
        return 2 + j;
    }

    /** @return the column of grid day {@code k} */
    public int gridColumn(int k) {
        return 2 + inputs + k;
    }

    /** Writes one patient's record into {@code out} (which must have {@link #recordBytes()} remaining). */
    public void put(PatientOutcome o, ByteBuffer out) {
        double[] drawn = o.drawn();
        double[] burden = o.gridBurden();
        if (drawn.length != inputs || burden.length != grid) {
            throw new IllegalArgumentException("patient " + o.index() + ": " + drawn.length + " inputs and "
                    + burden.length + " grid values, expected " + inputs + " and " + grid);
        }
        out.putDouble(o.value(Outcome.PROGRESSION_DAY));
        out.putDouble(o.value(Outcome.BEST_RESPONSE));
        for (double x : drawn) {
            out.putDouble(x);
        }
        for (double x : burden) {
            out.putDouble(x);
        }
    }

    /** @return true if a record's response column holds a completed patient's best response (not NaN) */
    public static boolean completed(double responseColumn) {
        return !Double.isNaN(responseColumn);
    }

    /** @return the best response stored as {@code ordinal} */
    public static BestResponse response(double ordinal) {
        return BestResponse.values()[(int) ordinal];
    }
}
