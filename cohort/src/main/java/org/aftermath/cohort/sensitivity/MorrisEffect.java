package org.aftermath.cohort.sensitivity;

/**
 * Morris screening measures of one input. Elementary effects are per unit of the input's probability scale
 * (the change of outcome divided by the change of the input's CDF value), so inputs with different units are
 * comparable; for a uniform input on [min, max] an effect {@code e} corresponds to {@code e / (max - min)} per input
 * unit.
 *
 * @param name    input name
 * @param mu      mean elementary effect (outcome units)
 * @param muStar  mean absolute elementary effect (Campolongo et al. 2007), the ranking measure
 * @param sigma   standard deviation of the elementary effects (divisor r - 1): non-linearity or interaction
 */
public record MorrisEffect(String name, double mu, double muStar, double sigma) {
}
