package org.aftermath.sbml.suite;

import java.util.List;
import org.aftermath.sbml.ResultTable;

/**
 * The SBML Test Suite's pass rule: for every listed variable at every row,
 * {@code |expected − actual| ≤ absolute + relative × |expected|}; an expected NaN needs a NaN, an
 * expected infinity the same infinity. Rows are matched in order and their times must agree to
 * the same rule.
 */
public final class Comparator {

    private Comparator() { }

    /**
     * @param expected  the case's expected results
     * @param actual    the simulated time course (header {@code time}, then the variables)
     * @param variables the variables to compare (the settings' list)
     * @param absolute  absolute tolerance
     * @param relative  relative tolerance
     * @return null when every point passes, else a one-line reason naming the number of failing
     *         points and the worst one
     */
    public static String compare(ResultTable expected, ResultTable actual, List<String> variables,
                                 double absolute, double relative) {
        if (expected.rows().length != actual.rows().length) {
            return "expected " + expected.rows().length + " rows, simulated " + actual.rows().length;
        }
        int bad = 0;
        double worstRatio = -1;
        String worst = null;
        for (String v : variables) {
            int e = column(expected.header(), v);
            int a = column(actual.header(), v);
            if (e < 0) {
                return "the expected results have no column '" + v + "'";
            }
            if (a < 0) {
                return "the simulation has no column '" + v + "'";
            }
            for (int r = 0; r < expected.rows().length; r++) {
                double x = expected.rows()[r][e];
                double y = actual.rows()[r][a];
                double ratio = violation(x, y, absolute, relative);
                if (ratio > 1) {
                    bad++;
                    if (ratio > worstRatio) {
                        worstRatio = ratio;
                        worst = v + " at t=" + expected.rows()[r][0] + ": expected " + x + ", got " + y;
                    }
                }
            }
        }
        for (int r = 0; r < expected.rows().length; r++) {
            if (violation(expected.rows()[r][0], actual.rows()[r][0], absolute, relative) > 1) {
                return "row " + r + " is at time " + actual.rows()[r][0] + ", expected " + expected.rows()[r][0];
            }
        }
        if (bad == 0) {
            return null;
        }
        return bad + " point" + (bad == 1 ? "" : "s") + " out of tolerance; worst " + worst
                + (Double.isInfinite(worstRatio) ? "" : String.format(java.util.Locale.ROOT, " (%.3g x tolerance)", worstRatio));
    }

    /** @return |x − y| / (absolute + relative |x|): above 1 fails; +∞ for a NaN or infinity mismatch */
    static double violation(double expected, double actual, double absolute, double relative) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(expected - actual) / (absolute + relative * Math.abs(expected));
    }

    /** @return the column of a variable (column 0 is the time, even when a variable is called {@code time}) */
    private static int column(List<String> header, String name) {
        for (int k = 1; k < header.size(); k++) {
            if (header.get(k).equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
