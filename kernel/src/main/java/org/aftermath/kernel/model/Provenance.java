package org.aftermath.kernel.model;

/**
 * Where a parameter value comes from and the range it may plausibly take.
 *
 * @param source      a citation ("Kim & Tannock 2005, Nat Rev Cancer 5:516") or "assumed";
 *                    null when none was given (model checks flag that)
 * @param min         lower end of the plausible range, or null
 * @param max         upper end of the plausible range, or null
 * @param description free text, or null
 */
public record Provenance(String source, Double min, Double max, String description) {
    public static final Provenance NONE = new Provenance(null, null, null, null);

    /** @return true when the source is the word "assumed" */
    public boolean assumed() {
        return source != null && source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("assumed");
    }
}
