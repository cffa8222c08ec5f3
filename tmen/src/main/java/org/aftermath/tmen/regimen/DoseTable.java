package org.aftermath.tmen.regimen;

import java.util.ArrayList;
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
        if (regimen.applied().isEmpty() && regimen.skipped().isEmpty()) {
            return "no doses\n";
        }
        boolean withNote = !regimen.skipped().isEmpty();
        int columns = withNote ? HEADER.length : HEADER.length - 1;
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        String note = "skipped: after day " + Dose.formatDay(regimen.days());
        regimen.applied().forEach(d -> rows.add(row(d, killFractions, "")));
        regimen.skipped().forEach(d -> rows.add(row(d, killFractions, note)));
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

    private static String[] row(Dose d, Map<String, Double> killFractions, String note) {
        Double kill = killFractions.get(d.treatment());
        if (kill == null) {
            throw new IllegalArgumentException("no kill fraction for treatment " + d.treatment());
        }
        return new String[] {d.dayText(), d.treatment(), Integer.toString(d.index()), Double.toString(kill), note};
    }
}
