package org.aftermath.runner;

/**
 * Biologically effective dose of a radiotherapy course (LITERATURE.md §1.5), with the parameter
 * values in force at the start of the run.
 *
 * @param tumorGy      {@code n d (1 + d/(α/β)) - ln2 max(0, T - Tk)/(α Tpot)}, α/β the tumour's, Gy
 * @param lateGy       {@code n d (1 + d/(α/β)_late)}, Gy
 * @param fractions    n
 * @param doseGy       d, Gy per fraction
 * @param overallDays  T, days from the first to the last fraction
 */
public record Bed(double tumorGy, double lateGy, int fractions, double doseGy, double overallDays) { }
