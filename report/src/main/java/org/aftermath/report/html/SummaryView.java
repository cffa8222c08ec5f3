package org.aftermath.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.output.Json;
import org.aftermath.runner.RunSummary;

/**
 * A run's summary read the way {@code summary.json} spells it, so that fields the runner gains
 * later (clinical endpoints, per-dose pharmacokinetics, factor tables) reach the report without
 * code changes: scalar fields become outcome rows, arrays of objects and objects of objects
 * become tables.
 *
 * @param node the summary as JSON ({@link Json#toTree})
 */
public record SummaryView(JsonNode node) {

    /** Key-column name of a table made of an object of scalars: its keys are field names. */
    public static final String SETTING = "quantity";

    /** Fields shown elsewhere on the page, never as outcome rows or tables. */
    private static final Set<String> NOT_OUTCOMES = Set.of("scenario", "warnings");

    /** @return the view of {@code summary} */
    public static SummaryView of(RunSummary summary) {
        return new SummaryView(Json.toTree(summary));
    }

    /** @return the number in field {@code name}, or NaN when absent, null or not a number */
    public double number(String name) {
        JsonNode n = node.path(name);
        return n.isNumber() ? n.doubleValue() : Double.NaN;
    }

    /** @return true when the summary has field {@code name} (even if null) */
    public boolean has(String name) {
        return node.has(name);
    }

    /** @return the names of scalar fields (numbers, strings, booleans, nulls), in summary order */
    public List<String> scalarFields() {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_OUTCOMES.contains(e.getKey()) && (e.getValue().isValueNode() || e.getValue().isNull())) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    /**
     * A table found in the summary.
     *
     * @param name    the summary field (or, for a nested table, the field inside its parent row)
     * @param keyName header of the first column when rows are keyed (an object's fields), else null
     * @param columns the union of the rows' field names, in order of first appearance
     * @param keys    row keys when keyed, else empty
     * @param rows    one object per row
     */
    public record Table(String name, String keyName, List<String> columns, List<String> keys, List<JsonNode> rows) {
        public Table {
            columns = List.copyOf(columns);
            keys = List.copyOf(keys);
            rows = List.copyOf(rows);
        }
    }

    /**
     * @return every table in the summary, in summary order: arrays of objects (one row each),
     *         objects of objects (one row per field) and objects of scalars (one row per field,
     *         a single {@code value} column); empty arrays give empty tables
     */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_OUTCOMES.contains(e.getKey())) {
                table(e.getKey(), e.getValue()).ifPresent(tables::add);
            }
        }
        return tables;
    }

    /** @return {@code value} as a table, if it is one of the shapes {@link #tables()} lists */
    public static java.util.Optional<Table> table(String name, JsonNode value) {
        List<String> keys = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        String keyName = null;
        if (value.isArray() && allObjects(value.elements())) {
            value.elements().forEachRemaining(rows::add);
        } else if (value.isObject() && value.size() > 0 && allObjects(value.elements())) {
            keyName = "name";
            value.fields().forEachRemaining(f -> {
                keys.add(f.getKey());
                rows.add(f.getValue());
            });
        } else if (value.isObject() && value.size() > 0 && allScalars(value.elements())) {
            keyName = SETTING;
            value.fields().forEachRemaining(f -> {
                keys.add(f.getKey());
                rows.add(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("value", f.getValue()));
            });
        } else {
            return java.util.Optional.empty();
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> r.fieldNames().forEachRemaining(columns::add));
        return java.util.Optional.of(new Table(name, keyName, List.copyOf(columns), keys, rows));
    }

    /** @return the warnings, one line each */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        node.path("warnings").elements().forEachRemaining(n -> w.add(n.asText()));
        return w;
    }

    private static boolean allScalars(Iterator<JsonNode> it) {
        while (it.hasNext()) {
            JsonNode n = it.next();
            if (!(n.isValueNode() || n.isNull())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allObjects(Iterator<JsonNode> it) {
        while (it.hasNext()) {
            if (!it.next().isObject()) {
                return false;
            }
        }
        return true;
    }
}
