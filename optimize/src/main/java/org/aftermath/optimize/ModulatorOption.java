package org.aftermath.optimize;

import java.util.Objects;

/**
 * One anti-DDSP modulator the search may give between the cytotoxic doses.
 *
 * @param agent         agent id or alias of the knowledge base ({@code aftermath agents})
 * @param referenceDose the dose the dose factor multiplies, in {@code unit}, &gt; 0; NaN for the
 *                      scenario's own treatment when it is a kill-fraction treatment (no dose)
 * @param unit          the dose unit as written in a scenario ({@code mg/m2}), or null for the
 *                      agent's default unit
 * @param everyDays     days between its doses inside a window, &gt; 0
 */
public record ModulatorOption(String agent, double referenceDose, String unit, double everyDays) {

    public ModulatorOption {
        Objects.requireNonNull(agent, "agent");
        if (!Double.isNaN(referenceDose) && !(referenceDose > 0 && Double.isFinite(referenceDose))) {
            throw new IllegalArgumentException("modulator " + agent + ": the reference dose must be a finite number > 0"
                    + " (got " + referenceDose + ")");
        }
        if (!(everyDays > 0) || !Double.isFinite(everyDays)) {
            throw new IllegalArgumentException("modulator " + agent + ": every_days must be a finite number > 0"
                    + " (got " + everyDays + ")");
        }
    }

    /** @return true if the option has a dose to search (an agent), false for a kill-fraction treatment */
    public boolean hasDose() {
        return !Double.isNaN(referenceDose);
    }
}
