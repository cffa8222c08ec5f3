package org.aftermath.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import org.aftermath.report.NumberText;

/**
 * Labels and values of summary fields for people: known fields get their wording, any other
 * field its name with spaces and a unit ending in parentheses ({@code nadir_diameter_cm} →
 * "Nadir diameter (cm)"), so a new field is readable the day it appears.
 */
final class FieldText {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("initial_tumor_cells", "Initial burden (cells)"),
            Map.entry("final_tumor_cells", "Final burden (cells)"),
            Map.entry("nadir_tumor_cells", "Nadir (cells)"),
            Map.entry("nadir_day", "Nadir day"),
            Map.entry("regrowth_day", "Regrowth above the initial burden (day)"),
            Map.entry("best_response", "Best response"),
            Map.entry("time_to_progression_days", "Time to progression (days)"),
            Map.entry("cure_probability", "Cure probability"),
            Map.entry("nadir_below_one_cell", "Nadir below one cell"),
            Map.entry("day", "Day"),
            Map.entry("treatment", "Treatment"),
            Map.entry("tumor_cells_before", "Cells just before"),
            Map.entry("tumor_cells_after", "Cells just after"),
            Map.entry("doses", "Doses"),
            Map.entry("skipped_doses", "Doses after the horizon (not given)"),
            Map.entry("bed", "Biologically effective dose (BED)"),
            Map.entry("cmax", "Cmax"),
            Map.entry("auc", "AUC"),
            Map.entry("auc_unit", "AUC unit"));

    /**
     * Labels of columns of one summary table, by {@code table.column}: the factors' levels are
     * pg/mL in the tumour bed ({@code org.aftermath.runner.FactorSummary}).
     */
    private static final Map<String, String> COLUMN_LABELS = Map.of(
            "factors.baseline", "Baseline (pg/mL)",
            "factors.peak", "Peak (pg/mL)",
            "factors.peak_fold_change", "Peak fold change (–)",
            "factors.auc", "AUC (pg/mL·day)",
            "factors.excess_auc", "Excess AUC (pg/mL·day)");

    /** Columns whose unit a parent row names: column → the parent's unit field. */
    private static final Map<String, String> UNIT_FIELDS = Map.of("cmax", "concentration_unit", "auc", "auc_unit");

    /** Name endings that are units, shown in parentheses: {@code nadir_diameter_cm} → "Nadir diameter (cm)". */
    private static final Map<String, String> UNIT_SUFFIXES = Map.of(
            "_cm3", "cm³", "_cm", "cm", "_mm", "mm", "_days", "days", "_gy", "Gy", "_hours", "hours");

    private FieldText() { }

    /** @return the label of a summary field */
    static String label(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        String unit = "";
        String name = field;
        for (Map.Entry<String, String> e : UNIT_SUFFIXES.entrySet()) {
            if (field.endsWith(e.getKey()) && field.length() > e.getKey().length()) {
                unit = " (" + e.getValue() + ")";
                name = field.substring(0, field.length() - e.getKey().length());
            }
        }
        if (name.endsWith("_per") && !unit.isEmpty()) {
            unit = " " + unit.substring(2, unit.length() - 1);
        }
        String words = name.replace('_', ' ');
        if (words.isEmpty()) {
            return unit.trim();
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + unit;
    }

    /**
     * @param table  the table's summary field
     * @param column the column's field
     * @param parent the row a nested table belongs to, or null
     * @return the column's label, with its unit where the summary defines one
     */
    static String columnLabel(String table, String column, JsonNode parent) {
        String known = COLUMN_LABELS.get(table + "." + column);
        if (known != null) {
            return known;
        }
        String unitField = UNIT_FIELDS.get(column);
        if (parent != null && unitField != null && parent.path(unitField).isTextual()) {
            return label(column) + " (" + parent.path(unitField).asText() + ")";
        }
        return label(column);
    }

    /** @return a JSON value as text: numbers via {@link NumberText}, booleans yes/no, null "none" */
    static String value(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "none";
        }
        if (v.isNumber()) {
            return NumberText.of(v.doubleValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "yes" : "no";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            java.util.List<String> items = new java.util.ArrayList<>();
            v.elements().forEachRemaining(e -> items.add(value(e)));
            return String.join(", ", items);
        }
        return v.toString();
    }
}
