package org.aftermath.report.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One figure of observables, as declared in {@code panels.yaml} (see the file's header for the
 * meaning of each field).
 *
 * @param id             figure id and file stem
 * @param title          figure heading
 * @param axis           y-axis label with unit
 * @param scale          y-axis scale
 * @param transform      what is drawn of each observable
 * @param match          column-name patterns, at most one {@code *} each
 * @param reference      a y value drawn as a dotted line (1 for fold changes), or null
 * @param caption        how to read the figure
 * @param split          true to draw each series in its own stacked panel on its own y scale
 *                       (quantities of one unit but very different sizes, such as the plasma
 *                       concentrations of different drugs)
 */
public record PanelSpec(String id, String title, String axis, Scale scale, Transform transform,
                        List<String> match, Double reference, String caption, boolean split) {

    /** y-axis scale. */
    public enum Scale {
        /** linear from zero */
        @JsonProperty("linear") LINEAR,
        /** base-10 logarithmic; non-positive values are dropped */
        @JsonProperty("log") LOG
    }

    /** What is drawn of each observable. */
    public enum Transform {
        /** the value itself */
        @JsonProperty("none") NONE,
        /** value divided by its day-0 value */
        @JsonProperty("fold_change") FOLD_CHANGE
    }

    public PanelSpec {
        match = match == null ? List.of() : List.copyOf(match);
        scale = scale == null ? Scale.LINEAR : scale;
        transform = transform == null ? Transform.NONE : transform;
    }

    /**
     * @return the series label if {@code column} matches one of the patterns (the part matched
     *         by {@code *}, or the whole name), else null
     */
    public String label(String column) {
        for (String pattern : match) {
            int star = pattern.indexOf('*');
            if (star < 0) {
                if (pattern.equals(column)) {
                    return column;
                }
            } else {
                String prefix = pattern.substring(0, star);
                String suffix = pattern.substring(star + 1);
                if (column.length() > prefix.length() + suffix.length()
                        && column.startsWith(prefix) && column.endsWith(suffix)) {
                    return column.substring(prefix.length(), column.length() - suffix.length());
                }
            }
        }
        return null;
    }
}
