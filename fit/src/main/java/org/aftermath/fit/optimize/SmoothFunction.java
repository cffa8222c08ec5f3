package org.aftermath.fit.optimize;

/**
 * What the local optimisers minimise: a value with its gradient and a positive semi-definite approximation of
 * its Hessian (for the fits: the Fisher information, i.e. Gauss–Newton), or +∞ where it cannot be evaluated.
 */
@FunctionalInterface
public interface SmoothFunction {

    /**
     * @param x           the point
     * @param derivatives whether the gradient and Hessian approximation are needed
     * @return the value there
     */
    Point evaluate(double[] x, boolean derivatives);

    /**
     * A function value.
     *
     * @param value    the value, or +∞
     * @param gradient the gradient, or null
     * @param hessian  the Hessian approximation, row-major n×n, or null
     */
    record Point(double value, double[] gradient, double[] hessian) {
        /** @return true when the value is finite */
        public boolean ok() {
            return Double.isFinite(value);
        }
    }
}
