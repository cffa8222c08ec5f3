package org.aftermath.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link SummaryView.Table} as HTML: one column per scalar field of the rows; a field
 * holding a table of its own (per-dose values of an agent, say) becomes a sub-table after the
 * main one, headed by its parent row.
 */
public final class SummaryTables {
    private SummaryTables() { }

    /** @param heading heading element for the table's title ({@code h3}), or null for none */
    public static void write(Xhtml h, SummaryView.Table t, String heading) {
        write(h, t, heading, "table-" + t.name().replace('_', '-'), FieldText.label(t.name()), null);
    }

    private static void write(Xhtml h, SummaryView.Table t, String heading, String id, String title, JsonNode parent) {
        if (heading != null) {
            h.element(heading, title).nl();
        }
        if (t.rows().isEmpty()) {
            h.element("p", "None.", "class", "empty").nl();
            return;
        }
        List<String> scalar = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        for (String c : t.columns()) {
            boolean isTable = t.rows().stream()
                    .anyMatch(r -> r.path(c).isContainerNode() && SummaryView.table(c, r.path(c)).isPresent());
            (isTable ? nested : scalar).add(c);
        }
        h.open("table", "id", id).open("thead").open("tr");
        if (t.keyName() != null) {
            h.element("th", FieldText.label(t.keyName()), "scope", "col");
        }
        scalar.forEach(c -> h.element("th", FieldText.columnLabel(t.name(), c, parent), "scope", "col"));
        h.close().close().open("tbody").nl();
        for (int i = 0; i < t.rows().size(); i++) {
            JsonNode row = t.rows().get(i);
            h.open("tr");
            if (t.keyName() != null) {
                String key = t.keys().get(i);
                h.element("th", SummaryView.SETTING.equals(t.keyName()) ? FieldText.label(key) : key, "scope", "row");
            }
            for (String c : scalar) {
                JsonNode v = row.path(c);
                h.element("td", v.isMissingNode() ? "—" : FieldText.value(v), "class", v.isNumber() ? "num" : "text");
            }
            h.close().nl();
        }
        h.close().close().nl();
        for (int i = 0; i < t.rows().size(); i++) {
            JsonNode row = t.rows().get(i);
            String rowName = t.keyName() != null ? t.keys().get(i) : firstText(row, i);
            for (String c : nested) {
                Optional<SummaryView.Table> sub = SummaryView.table(c, row.path(c));
                if (sub.isPresent()) {
                    write(h, sub.get(), "h4", id + "-" + (i + 1) + "-" + c.replace('_', '-'),
                            title + ", " + rowName + ": " + FieldText.label(c).toLowerCase(java.util.Locale.ROOT), row);
                }
            }
        }
    }

    /** @return the row's first text field, or its number from 1 */
    private static String firstText(JsonNode row, int index) {
        for (JsonNode v : (Iterable<JsonNode>) row::elements) {
            if (v.isTextual()) {
                return v.asText();
            }
        }
        return Integer.toString(index + 1);
    }
}
