package org.aftermath.runner;

/**
 * A scheduled dose after the horizon, not applied.
 *
 * @param day       scheduled time, days
 * @param treatment treatment name
 */
public record SkippedDose(double day, String treatment) { }
