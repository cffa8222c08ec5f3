package org.aftermath.runner;

/**
 * One secreted factor of the microenvironment model over a run, from the exact trajectory.
 *
 * @param baseline       the wild-type untreated steady state, the value of {@code <id>_base}
 *                       after scenario and command-line overrides (the model files keep an
 *                       untreated bed exactly there), pg/mL
 * @param peak           the highest level reached, pg/mL
 * @param peakFoldChange {@code peak / baseline}
 * @param auc            integral of the level over the horizon, pg/mL·day
 * @param excessAuc      integral of (level − baseline) over the horizon, pg/mL·day
 */
public record FactorSummary(double baseline, double peak, double peakFoldChange, double auc, double excessAuc) { }
