package org.aftermath.kernel.antimony;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.Provenance;

/**
 * The structured trailing comment that gives a parameter's provenance:
 * {@code //@ source: Kim & Tannock 2005 | range: 0.01 .. 0.5 | domain: [0, inf) | note: free text}.
 * Keys are optional, each at most once; {@code range} is {@code lo .. hi} with either end
 * optional; {@code domain} an interval ({@link Domain#parse}).
 * Tellurium sees an ordinary comment.
 */
final class ProvenanceComment {

    static final String PREFIX = "//@";

    private ProvenanceComment() { }

    /** A comment that is not well formed. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /**
     * @param comment the comment text including {@code //@}
     * @throws MalformedException naming what is wrong
     */
    static Provenance parse(String comment) throws MalformedException {
        String body = comment.substring(PREFIX.length()).trim();
        if (body.isEmpty()) {
            throw new MalformedException("empty provenance comment; expected '//@ source: ... | range: lo .. hi | domain: [lo, hi) | note: ...'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : body.split("\\|")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new MalformedException("provenance field '" + part.trim()
                        + "' has no 'key:'; expected keys source, range, domain, note separated by '|'");
            }
            String key = part.substring(0, colon).trim();
            String value = part.substring(colon + 1).trim();
            if (!key.equals("source") && !key.equals("range") && !key.equals("domain") && !key.equals("note")) {
                throw new MalformedException("unknown provenance key '" + key + "' (expected source, range, domain, note)");
            }
            if (value.isEmpty()) {
                throw new MalformedException("provenance key '" + key + "' has an empty value");
            }
            if (fields.put(key, value) != null) {
                throw new MalformedException("provenance key '" + key + "' is given twice");
            }
        }
        Double min = null;
        Double max = null;
        String range = fields.get("range");
        if (range != null) {
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw new MalformedException("range '" + range + "' is not 'lo .. hi'");
            }
            min = bound(range.substring(0, dots), range);
            max = bound(range.substring(dots + 2), range);
            if (min == null && max == null) {
                throw new MalformedException("range '" + range + "' has neither a lower nor an upper bound");
            }
            if (min != null && max != null && min > max) {
                throw new MalformedException("range '" + range + "' has its lower bound above its upper bound");
            }
        }
        Domain domain = null;
        if (fields.containsKey("domain")) {
            try {
                domain = Domain.parse(fields.get("domain"));
            } catch (IllegalArgumentException e) {
                throw new MalformedException(e.getMessage());
            }
            if (min != null && !domain.holdsSupport(min, min) || max != null && !domain.holdsSupport(max, max)) {
                throw new MalformedException("range '" + range + "' reaches outside the domain " + domain);
            }
        }
        return new Provenance(fields.get("source"), min, max, fields.get("note"), domain);
    }

    private static Double bound(String text, String range) throws MalformedException {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || !t.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                throw new NumberFormatException(t);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new MalformedException("range '" + range + "' has '" + t + "', which is not a number");
        }
    }

    /**
     * @return the comment for {@code p}, or null when it carries nothing
     * @throws IllegalArgumentException if a text field contains '|' or a line break, which the
     *                                  comment syntax cannot carry
     */
    static String format(Provenance p) {
        StringBuilder out = new StringBuilder();
        append(out, "source", p.source());
        if (p.min() != null || p.max() != null) {
            append(out, "range", (p.min() == null ? "" : ExprPrinter.formatNumber(p.min())) + " .. "
                    + (p.max() == null ? "" : ExprPrinter.formatNumber(p.max())));
        }
        if (p.domain() != null) {
            append(out, "domain", p.domain().toString());
        }
        append(out, "note", p.description());
        return out.length() == 0 ? null : PREFIX + " " + out;
    }

    private static void append(StringBuilder out, String key, String value) {
        if (value == null) {
            return;
        }
        String v = value.trim();
        if (v.contains("|") || v.contains("\n") || v.contains("\r")) {
            throw new IllegalArgumentException("provenance " + key + " '" + value
                    + "' cannot be written in a //@ comment: it contains '|' or a line break");
        }
        if (v.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(" | ");
        }
        out.append(key).append(": ").append(v);
    }
}
