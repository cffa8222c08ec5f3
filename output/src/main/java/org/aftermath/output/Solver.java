package org.aftermath.output;

/**
 * How the simulations behind an output were integrated, as manifests record it.
 *
 * @param integrator        integrator name, as given to {@code --integrator}
 * @param relativeTolerance its relative tolerance
 * @param absoluteTolerance its absolute tolerance, in each state's unit
 */
public record Solver(String integrator, double relativeTolerance, double absoluteTolerance) {
}
