package org.aftermath.cohort.sensitivity;

/**
 * A scalar model outcome as a function of its inputs, in the inputs' own units and declaration order.
 * Implementations used with {@link #evaluateAll(double[][])} in parallel must be thread-safe.
 */
@FunctionalInterface
public interface OutcomeFunction {

    /**
     * @param x one input vector (not to be modified)
     * @return the outcome (must be finite)
     */
    double evaluate(double[] x);

    /**
     * Evaluates many input vectors; override to batch or parallelise. The default is sequential.
     *
     * @param xs input vectors (rows)
     * @return outcomes, {@code result[r] = evaluate(xs[r])}
     */
    default double[] evaluateAll(double[][] xs) {
        double[] y = new double[xs.length];
        for (int r = 0; r < xs.length; r++) {
            y[r] = evaluate(xs[r]);
        }
        return y;
    }
}
