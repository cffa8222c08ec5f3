package org.aftermath.kernel.compile;

/**
 * The interface of the classes {@link TangentGenerator} writes: forward-mode (tangent) derivatives of a model's
 * computations in a direction (dy, dp) of its state and parameter vectors. Public only because the generated
 * classes live in their own class loader; other code uses {@link TangentModel}. Implementations are stateless;
 * {@code w} is the caller's scratch array of length {@link #workSize()}.
 */
public interface TangentCode {

    /** @return the length of the scratch array every method needs (at least 1) */
    int workSize();

    /** @return true when the right-hand side does not read {@code time} */
    boolean autonomous();

    /**
     * Evaluates the initial assignments with their tangents, in the order of {@link GeneratedCode#initialize}.
     * On entry y holds the model's initial state, p the parameters, dy and dp their tangents; on return the targets
     * of initial assignments hold their values and tangents.
     */
    void initialize(double[] p, double[] y, double[] dp, double[] dy, double[] w);

    /**
     * @return the number of edges of the right-hand side's graph: its nodes are the right-hand side's observables,
     *         rates and components, an edge is a name a node reads that has a tangent (state, parameter, node)
     */
    int edges();

    /** @return the number of nodes of the right-hand side's graph */
    int nodes();

    /** Writes the partial derivative of each edge at (t, y, p) to {@code a} (length {@link #edges()}). */
    void partials(double t, double[] y, double[] p, double[] w, double[] a);

    /**
     * Writes the derivative of each edge's partial ({@link #partials}) at (t, y, p) in the state direction v to
     * {@code da} (length {@link #edges()}).
     */
    void partialDirections(double t, double[] y, double[] p, double[] v, double[] w, double[] da);

    /**
     * Writes the right-hand side's tangent {@code ∂f/∂y·s + ∂f/∂p·dp} to {@code out}, from the partials {@code a}
     * at a point, and every node's tangent to {@code d} (length {@link #nodes()}).
     */
    void tangent(double[] a, double[] s, double[] dp, double[] d, double[] out);

    /**
     * Writes the coupling {@code ∂/∂y (∂f/∂y·s + ∂f/∂p·dp) · v} to {@code out}, from the partials {@code a} at a
     * point, their derivatives {@code da} in the direction v and the nodes' tangents {@code d} ({@link #tangent}
     * at the same point and direction); {@code dd} is scratch of length {@link #nodes()}.
     */
    void coupling(double[] a, double[] da, double[] s, double[] dp, double[] d, double[] dd, double[] out);

    /** Writes every observable to {@code out} and its tangent to {@code dout}. */
    void observables(double t, double[] y, double[] p, double[] dy, double[] dp, double[] w, double[] out,
                     double[] dout);

    /** @return the tangent of event {@code event}'s trigger time (0 for a numeric time) */
    double triggerTangent(int event, double[] p, double[] dp, double[] w);

    /**
     * Replaces, for each target of event {@code event}'s assignments, its tangent in dy or dp by the tangent of
     * the assigned value, evaluated on the values before the event (y and p are not modified) with time tangent
     * {@code dt}; every assignment reads the tangents as they were on entry.
     */
    void applyTangent(int event, double t, double[] y, double[] p, double[] dy, double[] dp, double dt, double[] w);

    /**
     * @return the tangent, in the direction (dy, dp, dt), of g = a − b for the comparison a ⋈ b that is the trigger of
     *         event {@code event} (model order), one watched on the state
     */
    double watchedTangent(int event, double t, double[] y, double[] p, double[] dy, double[] dp, double dt,
                          double[] w);
}
