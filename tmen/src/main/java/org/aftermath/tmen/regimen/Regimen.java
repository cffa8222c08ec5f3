package org.aftermath.tmen.regimen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.Treatment;

/**
 * The doses of all treatments in the order they are applied: by day, and on the same day in the
 * order the treatments are declared. Doses on the horizon day are applied; later ones are
 * skipped, each treatment's skipped doses summarised in one warning.
 *
 * @param days     the horizon in days
 * @param applied  doses with {@code day <= days}, in application order
 * @param skipped  doses with {@code day > days}, in the same order
 * @param warnings one line per treatment with skipped doses
 */
public record Regimen(double days, List<Dose> applied, List<Dose> skipped, List<String> warnings) {

    private static final int DAYS_LISTED_IN_WARNING = 5;

    public Regimen {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * Expands every schedule and orders the doses.
     *
     * @param treatments in declaration order
     * @param days       the horizon in days, &gt; 0
     * @return the regimen
     */
    public static Regimen expand(List<Treatment> treatments, double days) {
        if (!(days > 0)) {
            throw new IllegalArgumentException("horizon must be > 0 days (got " + days + ")");
        }
        List<Dose> all = new ArrayList<>();
        for (Treatment t : treatments) {
            List<Double> doseDays = t.schedule().doseDays();
            for (int k = 0; k < doseDays.size(); k++) {
                all.add(new Dose(doseDays.get(k), t.name(), k + 1, Dose.eventId(t.name(), k + 1), t.cytotoxic()));
            }
        }
        // List.sort is stable: same-day doses keep declaration order, and a treatment's own
        // doses keep their index order.
        all.sort(Comparator.comparingDouble(Dose::day));
        List<Dose> applied = new ArrayList<>();
        List<Dose> skipped = new ArrayList<>();
        for (Dose d : all) {
            (d.day() <= days ? applied : skipped).add(d);
        }
        return new Regimen(days, applied, skipped, warnings(skipped, days));
    }

    private static List<String> warnings(List<Dose> skipped, double days) {
        Map<String, List<Dose>> byTreatment = new LinkedHashMap<>();
        for (Dose d : skipped) {
            byTreatment.computeIfAbsent(d.treatment(), k -> new ArrayList<>()).add(d);
        }
        List<String> warnings = new ArrayList<>();
        byTreatment.forEach((treatment, doses) -> {
            List<String> listed = doses.stream().limit(DAYS_LISTED_IN_WARNING).map(Dose::dayText).toList();
            String more = doses.size() > DAYS_LISTED_IN_WARNING ? " and " + (doses.size() - DAYS_LISTED_IN_WARNING) + " more" : "";
            String noun = doses.size() == 1 ? " dose" : " doses";
            warnings.add(treatment + ": " + doses.size() + noun + " after the horizon (day " + Dose.formatDay(days)
                    + ") skipped, on day" + (doses.size() == 1 ? " " : "s ") + String.join(", ", listed) + more);
        });
        return warnings;
    }
}
