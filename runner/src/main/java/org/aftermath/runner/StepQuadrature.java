package org.aftermath.runner;

import org.aftermath.kernel.sim.Observable;
import org.aftermath.ode.DenseStep;

/**
 * The integral of an observable over one integration step: 5-point Gauss-Legendre quadrature of
 * the dense output (exact for polynomials of degree &lt;= 9, so for the integrators'
 * interpolants of an observable linear in the state).
 */
final class StepQuadrature {

    /** Gauss-Legendre nodes on [-1, 1]. */
    static final double[] NODES = {
        0.0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640};
    /** Gauss-Legendre weights. */
    static final double[] WEIGHTS = {
        0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850709143, 0.2369268850709143};

    private StepQuadrature() { }

    /** @return the integral of {@code c} over the step, in its unit times days */
    static double integral(DenseStep s, Observable c, double[] p) {
        double half = (s.end() - s.start()) / 2;
        double mid = (s.start() + s.end()) / 2;
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * c.value(s, mid + half * NODES[i], p);
        }
        return half * sum;
    }
}
