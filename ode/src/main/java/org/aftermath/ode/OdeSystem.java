package org.aftermath.ode;

/**
 * A first-order system {@code y' = f(t, y)}. Implementations hold no integrator state and
 * write no output; they may be called from one thread at a time.
 */
public interface OdeSystem {

    /** @return the number of state variables, at least 1 */
    int dimension();

    /**
     * Evaluates the right-hand side.
     *
     * @param t    the independent variable (in Aftermath: days)
     * @param y    the state, length {@link #dimension()}; not modified
     * @param yDot receives f(t, y), length {@link #dimension()}
     */
    void derivatives(double t, double[] y, double[] yDot);

    /**
     * @return true when f does not depend on t explicitly. The Rosenbrock method then skips its
     *         finite-difference estimate of ∂f/∂t (one right-hand-side evaluation per step).
     *         The default, false, is always correct.
     */
    default boolean isAutonomous() {
        return false;
    }

    /** @return true when {@link #jacobian} is implemented analytically */
    default boolean hasJacobian() {
        return false;
    }

    /**
     * @return the row-major indices {@code i * n + j} of every entry {@link #jacobian} may set
     *         to a non-zero value (it writes 0 to all others), or null when unknown (the
     *         default). The Rosenbrock method then plans its sparse factorisation once.
     */
    default int[] jacobianPattern() {
        return null;
    }

    /**
     * Writes the Jacobian ∂f/∂y at (t, y), row-major: {@code dfdy[i * n + j] = ∂f_i/∂y_j}.
     * Called only when {@link #hasJacobian()} is true.
     *
     * @param t    the independent variable
     * @param y    the state; not modified
     * @param dfdy receives the n×n Jacobian, length n·n
     */
    default void jacobian(double t, double[] y, double[] dfdy) {
        throw new IllegalStateException("this system has no analytic Jacobian");
    }
}
