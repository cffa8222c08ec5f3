package org.aftermath.report.html;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes a {@link SummaryView.Table} as an HTML table, every column the rows have. */
public final class SummaryTables {
    private SummaryTables() { }

    /** @param heading heading element for the table's title ({@code h3}), or null for none */
    public static void write(Xhtml h, SummaryView.Table t, String heading) {
        if (heading != null) {
            h.element(heading, FieldText.label(t.name())).nl();
        }
        if (t.rows().isEmpty()) {
            h.element("p", "None.", "class", "empty").nl();
            return;
        }
        h.open("table", "id", "table-" + t.name().replace('_', '-')).open("thead").open("tr");
        if (t.keyName() != null) {
            h.element("th", FieldText.label(t.keyName()), "scope", "col");
        }
        t.columns().forEach(c -> h.element("th", FieldText.label(c), "scope", "col"));
        h.close().close().open("tbody").nl();
        for (int i = 0; i < t.rows().size(); i++) {
            JsonNode row = t.rows().get(i);
            h.open("tr");
            if (t.keyName() != null) {
                h.element("th", t.keys().get(i), "scope", "row");
            }
            for (String c : t.columns()) {
                JsonNode v = row.path(c);
                h.element("td", v.isMissingNode() ? "—" : FieldText.value(v),
                        "class", v.isNumber() ? "num" : "text");
            }
            h.close().nl();
        }
        h.close().close().nl();
    }
}
