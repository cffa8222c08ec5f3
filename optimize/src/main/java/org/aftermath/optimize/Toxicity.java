package org.aftermath.optimize;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.tmen.scenario.AgentDose;
import org.aftermath.tmen.scenario.Patient;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Schedule;
import org.aftermath.tmen.scenario.Treatment;

/**
 * What a schedule asks of the patient, read from its scenario without simulating: the cytotoxic
 * doses given within the horizon and their cumulative amount, the cytotoxic interval, and the
 * modulator doses within the horizon.
 *
 * @param cytotoxicDoses       cytotoxic doses on days &le; the horizon
 * @param cumulativeMgPerM2    their sum in mg/m², or null when not a mass dose (kill-fraction
 *                             treatments, radiation, IU)
 * @param everyDays            the cytotoxic interval, days
 * @param modulatorDoses       modulator doses on days &le; the horizon (0 without modulator)
 */
public record Toxicity(int cytotoxicDoses, Double cumulativeMgPerM2, double everyDays, int modulatorDoses) {

    /**
     * @param scenario      a candidate's scenario
     * @param cytotoxic     the cytotoxic treatment's name
     * @param modulator     the modulator treatment's name, or null
     * @return the scenario's toxicity figures
     */
    public static Toxicity of(Scenario scenario, String cytotoxic, String modulator) {
        Treatment c = find(scenario, cytotoxic);
        int given = given(c.schedule(), scenario.days());
        Double perM2 = c instanceof Treatment.AgentTreatment a ? mgPerM2(a.agent(), scenario.patient()) : null;
        Double cumulative = perM2 == null ? null : given * perM2;
        double every = ((Schedule.Periodic) c.schedule()).everyDays();
        int m = modulator == null ? 0 : given(find(scenario, modulator).schedule(), scenario.days());
        return new Toxicity(given, cumulative, every, m);
    }

    /** @return one dose of {@code dose} in mg/m², or null if its unit is not a mass */
    static Double mgPerM2(AgentDose dose, Patient patient) {
        return switch (dose.unit()) {
            case MG_PER_M2 -> dose.dose();
            case MG_PER_KG -> dose.dose() * patient.weightKg() / patient.bsaM2();
            case MG -> dose.dose() / patient.bsaM2();
            default -> null;
        };
    }

    /**
     * How far the schedule is outside the constraints: the sum of the relative excesses of the
     * cumulative dose over the cap, of the minimum interval over the interval, and of the
     * modulator doses over their maximum; 0 when every constraint holds.
     */
    public double violation(Constraints limits) {
        double v = 0.0;
        if (limits.cumulativeCapMgPerM2() != null && cumulativeMgPerM2 != null) {
            v += Math.max(0.0, cumulativeMgPerM2 / limits.cumulativeCapMgPerM2() - 1.0);
        }
        if (limits.minIntervalDays() > 0) {
            v += Math.max(0.0, 1.0 - everyDays / limits.minIntervalDays());
        }
        if (limits.maxModulatorDoses() != null) {
            v += Math.max(0.0, (double) modulatorDoses / limits.maxModulatorDoses() - 1.0);
        }
        return v;
    }

    /** @return the broken constraints, each with the value and its limit, joined by "; " (empty when none) */
    public String violations(Constraints limits) {
        List<String> out = new ArrayList<>();
        if (limits.cumulativeCapMgPerM2() != null && cumulativeMgPerM2 != null
                && cumulativeMgPerM2 > limits.cumulativeCapMgPerM2()) {
            out.add("cumulative dose " + cumulativeMgPerM2 + " mg/m² > cap " + limits.cumulativeCapMgPerM2());
        }
        if (everyDays < limits.minIntervalDays()) {
            out.add("interval " + everyDays + " d < minimum " + limits.minIntervalDays());
        }
        if (limits.maxModulatorDoses() != null && modulatorDoses > limits.maxModulatorDoses()) {
            out.add(modulatorDoses + " modulator doses > maximum " + limits.maxModulatorDoses());
        }
        return String.join("; ", out);
    }

    /**
     * The constraints at their limit, by name ({@code cumulative_cap}, {@code min_interval},
     * {@code max_modulator_doses}): one more cytotoxic dose would exceed the cap; the interval is
     * within {@code intervalTolerance} days of the minimum; the modulator doses equal their maximum.
     */
    public List<String> active(Constraints limits, double dosePerM2, double intervalTolerance) {
        List<String> out = new ArrayList<>();
        if (limits.cumulativeCapMgPerM2() != null && cumulativeMgPerM2 != null
                && cumulativeMgPerM2 + dosePerM2 > limits.cumulativeCapMgPerM2() * (1 + 1e-12)) {
            out.add("cumulative_cap");
        }
        if (limits.minIntervalDays() > 0 && everyDays - limits.minIntervalDays() <= intervalTolerance) {
            out.add("min_interval");
        }
        if (limits.maxModulatorDoses() != null && modulatorDoses >= limits.maxModulatorDoses()) {
            out.add("max_modulator_doses");
        }
        return out;
    }

    private static int given(Schedule s, double horizon) {
        return (int) s.doseDays().stream().filter(d -> d <= horizon).count();
    }

    private static Treatment find(Scenario scenario, String name) {
        return scenario.treatment(name).orElseThrow(() -> new IllegalArgumentException("no treatment named '" + name + "'"));
    }
}
