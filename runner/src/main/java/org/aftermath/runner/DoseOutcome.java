package org.aftermath.runner;

/**
 * The burden around one applied dose, from the exact event states.
 *
 * @param day              dose time, days
 * @param treatment        treatment name
 * @param tumorCellsBefore living cancer cells just before the dose
 * @param tumorCellsAfter  living cancer cells just after it
 */
public record DoseOutcome(double day, String treatment, double tumorCellsBefore, double tumorCellsAfter) { }
