package org.aftermath.fit.objective;

/**
 * The objective at one point x (estimation scales).
 *
 * @param value        the objective: negative log-likelihood plus the negative log prior density; +∞ when the
 *                     model cannot be simulated there or an observable leaves its domain
 * @param likelihood   the negative log-likelihood alone (PEtab's convention, constants included)
 * @param prior        the negative log prior density (0 without priors)
 * @param gradient     d value / dx, or null when not asked for (or the value is not finite)
 * @param information  the Gauss–Newton (Fisher information) approximation of the Hessian, row-major m×m, or null
 * @param simulated    per measurement (problem order): the simulated observable h
 * @param sigma        per measurement: the noise scale σ
 * @param failure      why the value is +∞ (empty when finite)
 * @param steps        integrator steps over every simulation
 */
public record Evaluation(double value, double likelihood, double prior, double[] gradient, double[] information,
                         double[] simulated, double[] sigma, String failure, long steps) {

    /** @return true when the value is finite */
    public boolean ok() {
        return Double.isFinite(value);
    }
}
