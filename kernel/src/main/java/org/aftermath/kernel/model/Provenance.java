package org.aftermath.kernel.model;

/**
 * Where a parameter value comes from, the range it may plausibly take and the domain it must lie in.
 *
 * @param source      a citation ("Kim & Tannock 2005, Nat Rev Cancer 5:516") or "assumed";
 *                    null when none was given (model checks flag that)
 * @param min         lower end of the plausible range, or null
 * @param max         upper end of the plausible range, or null
 * @param description free text, or null
 * @param domain      the hard domain as written ({@code | domain: [0, 1)}), or null when not written
 *                    (then a unit may imply one: {@code org.aftermath.tmen} derives [0, inf) for a
 *                    dimensional unit)
 */
public record Provenance(String source, Double min, Double max, String description, Domain domain) {
    public static final Provenance NONE = new Provenance(null, null, null, null, null);

    /** A provenance without a written domain. */
    public Provenance(String source, Double min, Double max, String description) {
        this(source, min, max, description, null);
    }

    /** @return true when the source is the word "assumed" */
    public boolean assumed() {
        return source != null && source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("assumed");
    }

    /** @return true if a range end is given and {@code x} lies outside the range */
    public boolean outsideRange(double x) {
        return min != null && x < min || max != null && x > max;
    }

    /** @return the range as written, {@code lo .. hi} with an open end left out, or "" without one */
    public String rangeText() {
        if (min == null && max == null) {
            return "";
        }
        return ((min == null ? "" : org.aftermath.kernel.expr.ExprPrinter.formatNumber(min)) + " .. "
                + (max == null ? "" : org.aftermath.kernel.expr.ExprPrinter.formatNumber(max))).strip();
    }

    /** @return this provenance with another domain */
    public Provenance withDomain(Domain d) {
        return new Provenance(source, min, max, description, d);
    }
}
