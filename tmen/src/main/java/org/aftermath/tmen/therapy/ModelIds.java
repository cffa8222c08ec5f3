package org.aftermath.tmen.therapy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model identifiers from treatment names and agent ids, which may contain '.', '-' and start with
 * a digit ({@code anti-wnt16b}, {@code 5-fluorouracil}). The rule:
 * <ol>
 *   <li>every character other than a letter, digit or '_' becomes '_';</li>
 *   <li>a leading run of digits moves to the end after '_' (separators after it dropped), so
 *       that the id starts with a letter: {@code 5-fluorouracil} → {@code fluorouracil_5},
 *       {@code 3-aminobenzamide} → {@code aminobenzamide_3}; a name of digits only becomes
 *       {@code t_<digits>}.</li>
 * </ol>
 * Identifiers are left unchanged ({@code anti_wnt16b} → {@code anti_wnt16b}); two names may map
 * to one id ({@code a-b}, {@code a_b}), which the scenario compiler reports.
 */
public final class ModelIds {

    private static final Pattern LEADING_DIGITS = Pattern.compile("^([0-9]+)_*(.*)$");

    private ModelIds() { }

    /**
     * @param name a treatment name or agent id, non-empty
     * @return an identifier by the rule above
     */
    public static String of(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must be non-empty");
        }
        String id = name.replaceAll("[^A-Za-z0-9_]", "_");
        Matcher m = LEADING_DIGITS.matcher(id);
        if (m.matches()) {
            return m.group(2).isEmpty() ? "t_" + m.group(1) : m.group(2) + "_" + m.group(1);
        }
        return id;
    }
}
