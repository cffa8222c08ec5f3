package org.aftermath.output;

/**
 * Number formatting for CSV outputs: integral values of moderate size print without a
 * fraction ({@code 21}), others in Java's shortest round-trip form ({@code 1.0234E8}), so a
 * reader gets back exactly the double that was computed.
 */
public final class CsvFormat {
    private CsvFormat() { }

    /** @return {@code v} as a CSV cell: integral values without a fraction, others round-trip */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
