package org.aftermath.runner;

/**
 * The burden at one response assessment (a scan), taken just before any dose given that day.
 *
 * @param day        assessment time, days
 * @param tumorCells living cancer cells
 * @param diameterCm diameter of a sphere of the burden's volume, cm
 */
public record Assessment(double day, double tumorCells, double diameterCm) { }
