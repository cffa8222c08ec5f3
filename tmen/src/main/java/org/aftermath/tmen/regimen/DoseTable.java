package org.aftermath.tmen.regimen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats a regimen as an aligned text table for {@code --dry-run}: one row per dose with its
 * day, treatment, dose number and kill fraction; skipped doses follow, marked in a note column.
 * <pre>
 * day  treatment  dose  kill fraction
 *   0  chemo         1            0.9
 *  21  chemo         2            0.9
 * </pre>
 */
public final class DoseTable {

    private static final String[] HEADER = {"day", "treatment", "dose", "kill fraction", "note"};
    private static final String[] PER_DOSE_HEADER = {"day", "treatment", "dose", "per dose", "note"};
    private static final boolean[] RIGHT_ALIGNED = {true, false, true, true, false};

    private DoseTable() { }

    /**
     * @param regimen       the doses
     * @param killFractions the kill fraction in effect for each treatment, by name (after any
     *                      parameter overrides)
     * @return the table, lines ending in '\n'; a single line saying so when there are no doses
     * @throws IllegalArgumentException if a dose's treatment has no kill fraction
     */
    public static String format(Regimen regimen, Map<String, Double> killFractions) {
        Map<String, String> text = new LinkedHashMap<>();
        killFractions.forEach((name, kill) -> text.put(name, Double.toString(kill)));
        for (Dose d : regimen.applied()) {
            requireKnown(d, text);
        }
        for (Dose d : regimen.skipped()) {
            requireKnown(d, text);
        }
        return table(regimen, text, HEADER);
    }

    /**
     * Like {@link #format(Regimen, Map)} with a free-text "per dose" column, e.g.
     * {@code doxorubicin 60 mg/m² iv_bolus} or {@code kill fraction 0.9}.
     *
     * @param regimen the doses
     * @param perDose what each dose of a treatment is, by treatment name
     * @return the table, lines ending in '\n'
     * @throws IllegalArgumentException if a dose's treatment has no entry
     */
    public static String formatPerDose(Regimen regimen, Map<String, String> perDose) {
        for (Dose d : regimen.applied()) {
            requireKnown(d, perDose);
        }
        for (Dose d : regimen.skipped()) {
            requireKnown(d, perDose);
        }
        return table(regimen, perDose, PER_DOSE_HEADER);
    }

    private static void requireKnown(Dose d, Map<String, String> column) {
        if (!column.containsKey(d.treatment())) {
            throw new IllegalArgumentException("no kill fraction for treatment " + d.treatment());
        }
    }

    private static String table(Regimen regimen, Map<String, String> column, String[] header) {
        if (regimen.applied().isEmpty() && regimen.skipped().isEmpty()) {
            return "no doses\n";
        }
        boolean withNote = !regimen.skipped().isEmpty();
        int columns = withNote ? HEADER.length : HEADER.length - 1;
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        String note = "skipped: after day " + Dose.formatDay(regimen.days());
        regimen.applied().forEach(d -> rows.add(row(d, column, "")));
        regimen.skipped().forEach(d -> rows.add(row(d, column, note)));
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(widths[c] - r[c].length());
                line.append(RIGHT_ALIGNED[c] ? pad + r[c] : r[c] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String[] row(Dose d, Map<String, String> column, String note) {
        return new String[] {d.dayText(), d.treatment(), Integer.toString(d.index()), column.get(d.treatment()), note};
    }
}
