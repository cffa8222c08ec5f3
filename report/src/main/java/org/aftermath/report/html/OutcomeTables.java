package org.aftermath.report.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftermath.report.NumberText;

/**
 * The outcome tables: one run's outcomes as label/value rows, and a comparison's outcomes with
 * one column per scenario. The core outcomes come first in a fixed order; every other scalar field of
 * the summary (clinical endpoints and whatever the runner adds) follows in summary order.
 */
public final class OutcomeTables {
    private static final List<String> CORE = List.of("initial_tumor_cells", "nadir_tumor_cells", "nadir_day",
            "regrowth_day", "final_tumor_cells");

    private OutcomeTables() { }

    /** A scenario in a comparison: its legend name, summary and horizon in days. */
    public record Entry(String label, SummaryView summary, double days) { }

    /**
     * @param s    the run's summary
     * @param days the horizon, days
     * @return a {@code <table>} element
     */
    public static String run(SummaryView s, double days) {
        Xhtml h = new Xhtml();
        h.open("table", "class", "outcomes", "id", "outcomes").nl();
        h.open("tbody");
        for (String field : CORE) {
            if (s.has(field)) {
                String label = field.equals("final_tumor_cells")
                        ? "Final burden, day " + NumberText.of(days) + " (cells)" : FieldText.label(field);
                row(h, label, value(s, field, days));
            }
        }
        row(h, "Change, initial → final (log₁₀ cells)", logChange(s));
        for (String field : s.scalarFields()) {
            if (!CORE.contains(field)) {
                row(h, FieldText.label(field), value(s, field, days));
            }
        }
        h.close().nl().close().nl();
        return h.toString();
    }

    /**
     * @param entries scenarios in order; the first is the reference of the "final ÷ first" row
     * @return a {@code <table>} element with one column per scenario and one row per outcome
     */
    public static String compare(List<Entry> entries) {
        Set<String> extra = new LinkedHashSet<>();
        for (Entry e : entries) {
            for (String f : e.summary().scalarFields()) {
                if (!CORE.contains(f)) {
                    extra.add(f);
                }
            }
        }
        double reference = entries.get(0).summary().number("final_tumor_cells");
        Xhtml h = new Xhtml();
        h.open("table", "class", "outcomes", "id", "outcomes").nl();
        h.open("thead").open("tr").element("th", "Outcome", "scope", "col");
        entries.forEach(e -> h.element("th", e.label(), "scope", "col", "class", "num"));
        h.close().close().nl().open("tbody").nl();
        for (String f : CORE) {
            h.open("tr").element("th", FieldText.label(f), "scope", "row");
            entries.forEach(e -> cell(h, e.summary(), f, e.days()));
            h.close().nl();
            if (f.equals("final_tumor_cells")) {
                h.open("tr").element("th", "Final burden ÷ " + entries.get(0).label() + "'s", "scope", "row");
                entries.forEach(e -> h.element("td", NumberText.of(e.summary().number(f) / reference), "class", "num"));
                h.close().nl();
                h.open("tr").element("th", "Change, initial → final (log₁₀ cells)", "scope", "row");
                entries.forEach(e -> h.element("td", logChange(e.summary()), "class", "num"));
                h.close().nl();
            }
        }
        for (String f : extra) {
            h.open("tr").element("th", FieldText.label(f), "scope", "row");
            entries.forEach(e -> cell(h, e.summary(), f, e.days()));
            h.close().nl();
        }
        h.close().close().nl();
        return h.toString();
    }

    private static void cell(Xhtml h, SummaryView s, String field, double days) {
        h.element("td", s.has(field) ? value(s, field, days) : "—", "class", "num");
    }

    private static void row(Xhtml h, String label, String value) {
        h.open("tr").element("th", label, "scope", "row").element("td", value, "class", "num").close().nl();
    }

    private static String value(SummaryView s, String field, double days) {
        if (s.node().path(field).isNull()) {
            return switch (field) {
                case "regrowth_day" -> "none within " + NumberText.of(days) + " days";
                case "time_to_progression_days" -> "no progression within " + NumberText.of(days) + " days";
                default -> "none";
            };
        }
        if (field.equals("cure_probability")) {
            return NumberText.probability(s.number(field));
        }
        return FieldText.value(s.node().path(field));
    }

    /** @return log10(final / initial) with two decimals and an explicit sign */
    static String logChange(SummaryView s) {
        double change = Math.log10(s.number("final_tumor_cells") / s.number("initial_tumor_cells"));
        if (!Double.isFinite(change)) {
            return "—";
        }
        String text = String.format(java.util.Locale.ROOT, "%+.2f", change);
        return text.replace('-', '−');
    }
}
