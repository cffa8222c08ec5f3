package org.aftermath.kernel.compile;

/**
 * The interface of the classes {@link ModelCompiler} generates, one per model. Public only
 * because the generated classes live in their own class loader; other code uses
 * {@link CompiledModel}. Implementations are stateless and allocate nothing.
 */
public interface GeneratedCode {

    /** Evaluates the initial assignments at t = 0 on {@code p} and {@code y} (already holding the initial state). */
    void initialize(double[] p, double[] y);

    /**
     * Writes the right-hand side at (t, y) to {@code yDot}.
     *
     * @param work scratch for the observables and rates, length at least their number (and 1)
     */
    void derivatives(double t, double[] y, double[] p, double[] work, double[] yDot);

    /**
     * Writes the analytic Jacobian ∂f/∂y at (t, y), row-major, to {@code dfdy}.
     *
     * @param work scratch for the observables, length at least the number of observables (and 1)
     */
    void jacobian(double t, double[] y, double[] p, double[] work, double[] dfdy);

    /** @return a copy of the row-major indices of the entries {@link #jacobian} writes (all others are 0) */
    int[] jacobianPattern();

    /** @return observable {@code k} alone (its dependencies only), the same number {@link #observables} gives */
    double observable(int k, double t, double[] y, double[] p);

    /** Writes every observable to {@code out}. */
    void observables(double t, double[] y, double[] p, double[] out);

    /**
     * @param trigger index of a distinct non-numeric trigger threshold (events with numeric
     *                times have none: their times are data, not code)
     * @return that threshold evaluated on {@code p}
     */
    double triggerTime(int trigger, double[] p);

    /**
     * Applies an event of form {@code form} (events with the same assignments share a form):
     * evaluates all its assignments, then writes them.
     */
    void apply(int form, double t, double[] y, double[] p);
}
