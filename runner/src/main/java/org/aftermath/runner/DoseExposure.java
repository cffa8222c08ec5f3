package org.aftermath.runner;

/**
 * Exposure to one agent over one dosing window: from a dose day to the agent's next dose day
 * (or the horizon).
 *
 * @param day     first day of the window (the dose day)
 * @param endDay  last day of the window
 * @param cmax    highest plasma concentration in the window, in the agent's concentration unit
 * @param cmaxDay first time the highest concentration was reached, days
 * @param auc     area under the plasma concentration curve over the window, concentration unit × day
 */
public record DoseExposure(double day, double endDay, double cmax, double cmaxDay, double auc) { }
