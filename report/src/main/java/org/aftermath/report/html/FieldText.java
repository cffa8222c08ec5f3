package org.aftermath.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import org.aftermath.report.NumberText;

/**
 * Labels and values of summary fields for people: known fields get their wording, any other
 * field its name with spaces ({@code time_to_progression_days} → "Time to progression days"),
 * so a new field is readable the day it appears.
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
            Map.entry("skipped_doses", "Doses after the horizon (not given)"));

    private FieldText() { }

    /** @return the label of a summary field */
    static String label(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        String words = field.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
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
        return v.toString();
    }
}
