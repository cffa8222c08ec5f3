package org.aftermath.optimize;

/**
 * One proposed schedule.
 *
 * @param modulator    the modulator given between cytotoxic doses, or null for none
 * @param offsetDays   its first dose this many days after each cytotoxic dose (NaN without modulator)
 * @param durationDays span of its doses in each window, days (NaN without modulator)
 * @param dose         its dose in the option's unit (NaN without modulator)
 * @param everyDays    the cytotoxic treatment's interval, days
 */
public record Candidate(ModulatorOption modulator, double offsetDays, double durationDays, double dose,
                        double everyDays) {

    /** @return the modulator's agent id, or "" without modulator */
    public String modulatorName() {
        return modulator == null ? "" : modulator.agent();
    }
}
