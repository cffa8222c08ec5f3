package org.aftermath.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;

/**
 * The frame of a report page: an XHTML document with its style sheet inline ({@code report.css})
 * so the file opens from disk with nothing fetched, and the way figures are embedded.
 */
public final class Page {
    private static final String CSS = css();

    private Page() { }

    /** Opens {@code <html>}, writes the head and opens {@code <body><main>}. */
    public static void open(Xhtml h, String title) {
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en").nl();
        h.open("head").nl();
        h.empty("meta", "charset", "utf-8").nl();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        h.element("title", title).nl();
        h.open("style").raw(CSS).close().nl();
        h.close().nl();
        h.open("body").open("main").nl();
    }

    /** Closes {@code main}, {@code body} and {@code html}. */
    public static void close(Xhtml h) {
        h.close().close().nl().close().nl();
    }

    /**
     * Writes a {@code <figure>}: the SVG inline, the caption, and links to the figure's files.
     */
    public static void figure(Xhtml h, Figure f) {
        h.open("figure", "id", "figure-" + f.id(), "class", "chart").nl();
        h.raw(FigureRenderer.svgElement(f)).nl();
        h.open("figcaption").open("strong").text(f.title() + ". ").close().text(f.caption() + " ");
        h.element("a", f.id() + ".svg", "href", f.id() + ".svg").text(" · ");
        h.element("a", f.id() + ".png", "href", f.id() + ".png");
        h.close().nl().close().nl();
    }

    /**
     * Opens a collapsible section: {@code <details id=…><summary><h2>heading</h2></summary>}; close it
     * with {@link Xhtml#close()}. Closed sections keep a long page short; a link to the id opens it.
     *
     * @param open true to show it open
     */
    public static void openSection(Xhtml h, String id, String heading, boolean open) {
        if (open) {
            h.open("details", "id", id, "class", "section", "open", "open");
        } else {
            h.open("details", "id", id, "class", "section");
        }
        h.open("summary").element("h2", heading).close().nl();
    }

    /** Writes a two-column table of label/value rows. */
    public static void keyValues(Xhtml h, String id, String[][] rows) {
        h.open("table", "class", "kv", "id", id).open("tbody").nl();
        for (String[] r : rows) {
            h.open("tr").element("th", r[0], "scope", "row").element("td", r[1]).close().nl();
        }
        h.close().close().nl();
    }

    private static String css() {
        try (InputStream in = Page.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the build");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (css.contains("<") || css.contains("&")) {
                throw new IllegalStateException("report.css must not contain '<' or '&' (it is inlined unescaped)");
            }
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
