package org.aftermath.fit;

import org.aftermath.output.Solver;

/**
 * The fit's facts in {@code manifest.json}.
 *
 * @param problem      the problem's name
 * @param problemFile  the problem file as given
 * @param filesSha256  SHA-256 over the problem's files (name, NUL, text, NUL, in name order)
 * @param seed         the fit's seed
 * @param starts       the number of starts
 * @param method       the local optimiser
 * @param design       how starts were drawn
 * @param iterations   the iteration limit of each trust-region run
 * @param hessian      the trust-region's Hessian approximation ({@code --hessian})
 * @param hierarchical whether scalings took their closed-form optimum ({@code --hierarchical})
 * @param engine       the engine that ran starts, profiles and chains
 * @param threads      its threads on this machine, or null
 * @param solver       integrator and tolerances
 * @param wallTimeMs   wall time of the fit
 */
public record FitDetails(String problem, String problemFile, String filesSha256, long seed, int starts, String method,
                         String design, int iterations, String hessian, boolean hierarchical, String engine, Integer threads, Solver solver, long wallTimeMs) {
}
