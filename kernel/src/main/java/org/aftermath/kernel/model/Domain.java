package org.aftermath.kernel.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.kernel.expr.ExprPrinter;

/**
 * The values a parameter can take at all — its hard domain, as opposed to its plausible range —
 * an interval written as in mathematics: {@code [0, inf)} (rates, concentrations: ≥ 0),
 * {@code (0, inf)} (divisors: volumes, half-lives, EC50s, counts: &gt; 0), {@code [0, 1)} (a kill
 * fraction), {@code [0, 1]} (a fraction of activity removed), {@code (-inf, inf)} (any finite
 * number). An infinite end is always open; a value is in the domain only if it is finite.
 *
 * @param lower     lower end, finite or -infinity
 * @param lowerOpen true if {@code lower} itself is excluded (always for -infinity)
 * @param upper     upper end, finite or +infinity, &gt;= lower
 * @param upperOpen true if {@code upper} itself is excluded (always for +infinity)
 */
public record Domain(double lower, boolean lowerOpen, double upper, boolean upperOpen) {

    /** Any finite number. */
    public static final Domain REAL = new Domain(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    /** {@code [0, inf)}: a magnitude that may be zero (rates, amounts, concentrations, times). */
    public static final Domain NON_NEGATIVE = new Domain(0, false, Double.POSITIVE_INFINITY, true);
    /** {@code (0, inf)}: a magnitude that must be positive (divisors, counts). */
    public static final Domain POSITIVE = new Domain(0, true, Double.POSITIVE_INFINITY, true);

    private static final Pattern TEXT = Pattern.compile(
            "\\s*([\\[(])\\s*([-+]?(?:inf|[0-9.]+(?:[eE][-+]?[0-9]+)?))\\s*,\\s*([-+]?(?:inf|[0-9.]+(?:[eE][-+]?[0-9]+)?))\\s*([])])\\s*");

    public Domain {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower == Double.POSITIVE_INFINITY
                || upper == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("domain ends must be numbers, the lower one below +inf and the upper above -inf");
        }
        if (lower > upper || lower == upper && (lowerOpen || upperOpen)) {
            throw new IllegalArgumentException("the domain " + text(lower, lowerOpen, upper, upperOpen) + " is empty");
        }
        if (Double.isInfinite(lower) && !lowerOpen || Double.isInfinite(upper) && !upperOpen) {
            throw new IllegalArgumentException("an infinite end of a domain is open: write ( for -inf and ) for inf");
        }
    }

    /**
     * @param text e.g. {@code [0, 1)}, {@code (0, inf)}, {@code (-inf, inf)}
     * @return the domain
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Domain parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("domain '" + text.strip() + "' is not an interval such as [0, inf),"
                    + " (0, inf), [0, 1) or (-inf, inf)");
        }
        return new Domain(end(m.group(2)), m.group(1).equals("("), end(m.group(3)), m.group(4).equals(")"));
    }

    private static double end(String t) {
        return switch (t) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("domain end '" + t + "' is not a number");
                }
            }
        };
    }

    /** @return true if {@code x} is finite and inside the domain */
    public boolean contains(double x) {
        if (!Double.isFinite(x)) {
            return false;
        }
        boolean aboveLower = lowerOpen ? x > lower : x >= lower;
        boolean belowUpper = upperOpen ? x < upper : x <= upper;
        return aboveLower && belowUpper;
    }

    /**
     * @param low  the smallest value a law can draw (or -infinity)
     * @param high the largest (or +infinity)
     * @return true if every value in [low, high] is in the domain's closure: a continuous law
     *         reaches an open end with probability 0
     */
    public boolean holdsSupport(double low, double high) {
        return low >= lower && high <= upper;
    }

    /** @return true if the domain is {@code [lo, hi]} ⊆ this one, for bounds given as a closed interval */
    public boolean containsAll(double low, double high) {
        return contains(low) && contains(high);
    }

    /** @return the interval as written, e.g. {@code [0, inf)} */
    @Override
    public String toString() {
        return text(lower, lowerOpen, upper, upperOpen);
    }

    private static String text(double lower, boolean lowerOpen, double upper, boolean upperOpen) {
        return (lowerOpen ? "(" : "[") + number(lower) + ", " + number(upper) + (upperOpen ? ")" : "]");
    }

    private static String number(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        return ExprPrinter.formatNumber(x);
    }
}
