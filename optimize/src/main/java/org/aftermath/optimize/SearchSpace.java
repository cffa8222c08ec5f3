package org.aftermath.optimize;

import java.util.List;
import java.util.Objects;
import org.aftermath.tmen.scenario.InputRange;

/**
 * The schedules a search may propose: a modulator from a list (each searched in turn, the
 * categorical choice by optimising each), its window {@code offset_days} and
 * {@code duration_days} after each cytotoxic dose, its dose as a factor of the option's
 * reference dose, and the cytotoxic treatment's {@code every_days}.
 *
 * @param modulators   the modulator options; empty searches the cytotoxic interval alone
 * @param offsetDays   first modulator dose this many days after each cytotoxic dose
 * @param durationDays span of modulator doses in a window, days
 * @param doseFactor   modulator dose / reference dose
 * @param intervalDays the cytotoxic {@code every_days}
 */
public record SearchSpace(List<ModulatorOption> modulators, Range offsetDays, Range durationDays, Range doseFactor,
                          Range intervalDays) {

    public SearchSpace {
        modulators = List.copyOf(modulators);
        Objects.requireNonNull(offsetDays, "offsetDays");
        Objects.requireNonNull(durationDays, "durationDays");
        Objects.requireNonNull(doseFactor, "doseFactor");
        Objects.requireNonNull(intervalDays, "intervalDays");
        if (offsetDays.min() < 0) {
            throw new IllegalArgumentException("offset_days bounds must be >= 0 (got " + offsetDays + ")");
        }
        if (durationDays.min() < 0) {
            throw new IllegalArgumentException("duration_days bounds must be >= 0 (got " + durationDays + ")");
        }
        if (!(doseFactor.min() > 0)) {
            throw new IllegalArgumentException("dose factor bounds must be > 0 (got " + doseFactor + ")");
        }
        if (!(intervalDays.min() > 0)) {
            throw new IllegalArgumentException("interval bounds must be > 0 days (got " + intervalDays + ")");
        }
        if (modulators.stream().map(ModulatorOption::agent).distinct().count() != modulators.size()) {
            throw new IllegalArgumentException("each modulator may be listed once");
        }
        for (ModulatorOption m : modulators) {
            double largest = m.referenceDose() * doseFactor.max();
            if (Double.isFinite(m.referenceDose()) && !InputRange.DOSE.admits(largest)) {
                throw new IllegalArgumentException("dose factor bounds " + doseFactor + " give " + m.agent() + " doses up to "
                        + largest + ", but a dose must be " + InputRange.DOSE.rule());
            }
        }
    }
}
