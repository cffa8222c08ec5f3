package org.aftermath.ode;

/**
 * A system {@code y' = f(t, y; θ)} with forward sensitivities {@code s_k = ∂y/∂θ_k} for directions
 * k = 0 … {@link #sensitivities()} − 1, which obey the linear equations
 * {@code s_k' = g_k(t, y, s_k) = J(t, y)·s_k + ∂f/∂θ_k(t, y)}, J = ∂f/∂y. The augmented system (y, s_0, …)
 * has the block lower-triangular Jacobian with J on the diagonal and {@code C_k = ∂g_k/∂y} below it, which
 * {@link #sensitivityCoupling} applies to a vector. Implementations with directions must provide the analytic
 * Jacobian ({@link #hasJacobian()} true). Called from one thread at a time.
 *
 * <p>The batched methods ({@link #sensitivityDerivatives(double, double[], double[][], double[][])},
 * {@link #sensitivityCouplings}) give the same numbers as the per-direction ones they call by default; an
 * implementation overrides them to do the work common to all directions (partial derivatives at the point) once.
 */
public interface SensitivityOdeSystem extends OdeSystem {

    /** @return the number of sensitivity directions, &ge; 0 */
    int sensitivities();

    /**
     * @param t   time
     * @param y   state; not modified
     * @param k   the direction
     * @param s   the sensitivity s_k, length n; not modified
     * @param out receives {@code J·s + ∂f/∂θ_k}, length n
     */
    void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out);

    /**
     * @param t   time
     * @param y   state; not modified
     * @param k   the direction
     * @param s   the sensitivity s_k; not modified
     * @param v   a state-space vector; not modified
     * @param out receives {@code ∂/∂y (J·s + ∂f/∂θ_k) · v}, length n
     */
    void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out);

    /**
     * Every direction's {@link #sensitivityDerivatives(double, double[], int, double[], double[]) g_k} at one point.
     *
     * @param s   per direction k, the sensitivity s_k; not modified
     * @param out per direction k, receives {@code J·s_k + ∂f/∂θ_k}
     */
    default void sensitivityDerivatives(double t, double[] y, double[][] s, double[][] out) {
        for (int k = 0; k < s.length; k++) {
            sensitivityDerivatives(t, y, k, s[k], out[k]);
        }
    }

    /**
     * Every direction's {@link #sensitivityCoupling coupling} with each of several state-space vectors, at one
     * point.
     *
     * @param s   per direction k, the sensitivity s_k; not modified
     * @param v   the vectors v_j; not modified
     * @param out {@code out[k][j]} receives {@code ∂/∂y (J·s_k + ∂f/∂θ_k) · v_j}
     */
    default void sensitivityCouplings(double t, double[] y, double[][] s, double[][] v, double[][][] out) {
        for (int k = 0; k < s.length; k++) {
            for (int j = 0; j < v.length; j++) {
                sensitivityCoupling(t, y, k, s[k], v[j], out[k][j]);
            }
        }
    }
}
