package org.aftermath.sbml.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A test case's {@code NNNNN-settings.txt}: the time grid, the variables to report, the pass
 * rule's tolerances and which species are compared as amounts or concentrations.
 *
 * @param start         first output time
 * @param duration      simulated time after start
 * @param steps         number of output intervals
 * @param variables     the ids to report, in order
 * @param absolute      absolute tolerance of the pass rule
 * @param relative      relative tolerance of the pass rule
 * @param amounts       species compared as amounts
 * @param concentrations species compared as concentrations
 */
public record CaseSettings(double start, double duration, int steps, List<String> variables, double absolute,
                           double relative, List<String> amounts, List<String> concentrations) {

    public CaseSettings {
        variables = List.copyOf(variables);
        amounts = List.copyOf(amounts);
        concentrations = List.copyOf(concentrations);
    }

    /**
     * @param file a settings file
     * @return its settings
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException if a field is missing or not a number
     */
    public static CaseSettings read(Path file) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return new CaseSettings(number(fields, "start", file), number(fields, "duration", file),
                (int) number(fields, "steps", file), list(fields.get("variables")), number(fields, "absolute", file),
                number(fields, "relative", file), list(fields.get("amount")), list(fields.get("concentration")));
    }

    private static double number(Map<String, String> fields, String key, Path file) {
        String v = fields.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(file + ": no '" + key + "'");
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": '" + key + "' is not a number: " + v);
        }
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String part : v.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
