package org.aftermath.cohort.sensitivity;

/**
 * Sobol indices of one input.
 *
 * @param name       input name
 * @param firstOrder first-order index S_i (Saltelli 2010 estimator) with its confidence interval
 * @param total      total index S_Ti (Jansen 1999 estimator) with its confidence interval
 */
public record SobolIndex(String name, Estimate firstOrder, Estimate total) {
}
