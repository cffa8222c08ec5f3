package org.aftermath.tmen.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A treatment given on a schedule. Each dose kills {@code killFraction} of all living cancer
 * cells instantly, whatever the tumour size (Skipper's log-kill; LITERATURE.md §1.2).
 *
 * @param name         unique within a scenario; an identifier ({@link #NAME}) because it names
 *                     model elements such as {@code <name>_kill_fraction} and {@code <name>_dose_<k>}
 * @param killFraction fraction of cancer cells killed per dose, in [0, 1)
 * @param schedule     the dose days
 */
public record Treatment(String name, double killFraction, Schedule schedule) {

    /** A letter or underscore, then letters, digits or underscores. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Treatment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("treatment name must be an identifier (got '" + name + "')");
        }
        if (!(killFraction >= 0 && killFraction < 1)) {
            throw new IllegalArgumentException("kill_fraction must be in [0, 1) (got " + killFraction + ")");
        }
    }

    /** @return the surviving fraction per dose, {@code 1 - killFraction}, in (0, 1] */
    public double survivingFraction() {
        return 1 - killFraction;
    }
}
