package org.aftermath.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a reader sees them in reports and on charts: moderate magnitudes with four
 * significant digits ({@code 93.42}, {@code 0.1275}, {@code 126}); from 10⁵ (after rounding) and
 * below 10⁻³ in scientific notation with three ({@code 6.21 × 10⁶}, {@code 4.3 × 10⁻⁴}); trailing
 * zeros dropped; minus as U+2212. Unicode superscripts keep the text plain (no markup), so the same
 * string serves HTML and chart labels.
 */
public final class NumberText {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char MINUS = '−';

    private NumberText() { }

    /** @return {@code v} formatted; NaN as an em dash, infinities as ∞ */
    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? String.valueOf(MINUS) : "";
        BigDecimal moderate = new BigDecimal(a).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (moderate.compareTo(BigDecimal.valueOf(100_000)) >= 0 || a < 1e-3) {
            BigDecimal r = new BigDecimal(a).round(new MathContext(3, RoundingMode.HALF_EVEN));
            int exponent = r.precision() - r.scale() - 1;
            BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
            return sign + mantissa.toPlainString() + " × 10" + superscript(exponent);
        }
        return sign + moderate.toPlainString();
    }

    /**
     * Probabilities below this are shown as "&lt; 10⁻⁶" (reports) or "&lt; 1e-6" (the command
     * line): a deterministic model's exp(-N) is not meaningful that far out.
     */
    public static final double SMALLEST_PROBABILITY = 1e-6;

    /** @return a probability as {@link #of}, or "&lt; 10⁻⁶" below {@link #SMALLEST_PROBABILITY} */
    public static String probability(double p) {
        return p < SMALLEST_PROBABILITY ? "< 10" + superscript(-6) : of(p);
    }

    /**
     * @param days dose days, ascending
     * @return the days as a reader scans a schedule: runs of three or more equally spaced days as
     *         "a–b daily" or "a–b every s days", other days one by one, comma-separated
     *         ({@code 2–19 daily, 23–40 daily}; {@code 0–105 every 21 days}; {@code 0, 5, 12})
     */
    public static String days(java.util.List<Double> days) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i + 1;
            if (j < days.size()) {
                double step = days.get(j) - days.get(i);
                while (j + 1 < days.size() && Math.abs(days.get(j + 1) - days.get(j) - step) <= 1e-9 * Math.max(1, step)) {
                    j++;
                }
                if (j - i >= 2) {
                    parts.add(of(days.get(i)) + "–" + of(days.get(j)) + (step == 1 ? " daily" : " every " + of(step) + " days"));
                    i = j + 1;
                    continue;
                }
            }
            parts.add(of(days.get(i)));
            i++;
        }
        return String.join(", ", parts);
    }

    /** @return the integer {@code e} in Unicode superscript digits, e.g. {@code ⁻⁴} */
    public static String superscript(int e) {
        StringBuilder sb = new StringBuilder();
        if (e < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
