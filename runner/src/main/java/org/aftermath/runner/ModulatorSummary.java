package org.aftermath.runner;

/**
 * What a dosed modulator reached on one target, from the exact trajectory.
 *
 * @param agent       knowledge base id
 * @param target      knowledge base target (e.g. NFKB)
 * @param port        the microenvironment input it drives (e.g. inh_NFKB)
 * @param observable  the column of its own contribution
 * @param unit        {@code fraction} (of the target's activity blocked) or {@code 1/day}
 *                    (WNT16B neutralisation rate)
 * @param peak        the highest value reached
 * @param peakDay     when, days
 * @param mean        the time average from the agent's first dose to the horizon (0 if that
 *                    span is empty)
 */
public record ModulatorSummary(String agent, String target, String port, String observable, String unit,
                               double peak, double peakDay, double mean) { }
