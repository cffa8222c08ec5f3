package org.aftermath.report.html;

/**
 * A minimal writer of well-formed XHTML: every element opened is closed, text and attribute
 * values are escaped, and raw markup is only inserted through {@link #raw}, whose caller
 * guarantees well-formedness (the SVG of a figure).
 */
public final class Xhtml {
    private final StringBuilder out = new StringBuilder();
    private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs. */
    public Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    public Xhtml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes {@code <tag attrs>text</tag>}. */
    public Xhtml element(String tag, String text, String... attributes) {
        open(tag, attributes);
        text(text);
        return close();
    }

    /**
     * Opens a table ({@code id} unless null), writes its header row, one column-scoped
     * {@code th} per column, and opens its {@code tbody}: close both when the rows are written.
     */
    public Xhtml tableHead(String id, String... columns) {
        if (id == null) {
            open("table");
        } else {
            open("table", "id", id);
        }
        open("thead").open("tr");
        for (String c : columns) {
            element("th", c, "scope", "col");
        }
        return close().close().open("tbody").nl();
    }

    /** Writes an empty element {@code <tag attrs/>}. */
    public Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Writes escaped text. */
    public Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes markup as is; it must be well-formed XML. */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Writes a newline (readability of the source only). */
    public Xhtml nl() {
        out.append('\n');
        return this;
    }

    /** @return the markup so far; every element must be closed */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /** @return {@code s} with the five XML special characters escaped; null as an empty string */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
