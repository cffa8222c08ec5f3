package org.aftermath.kernel.compile;

/**
 * The right-hand side f(t, y, p) as a graph for its tangents: nodes 0 … n−1 are the states, n … n+P−1 the
 * parameters, and the nodes after them the right-hand side's observables, its rates and, last, its n components,
 * each a function of earlier nodes. A node's edges are the earlier nodes it reads; with the partial derivative
 * {@code a[e]} of each edge at a point (t, y) ({@link TangentCode#partials}), the tangent of every node in a
 * direction (s, dp) is the sum over its edges of a[e] times the tangent of the edge's source (chain rule), and the
 * last n nodes' are {@code J·s + ∂f/∂p·dp}. The partials do not depend on the direction, so with many directions
 * they are evaluated once and each direction costs one multiply-add per edge.
 *
 * <p>Each product is guarded as in the generated tangents: a source whose tangent is 0 contributes 0, even where
 * its partial is infinite or undefined (√u at u = 0). Immutable; the arrays passed in are the caller's.
 */
final class TangentGraph {

    private final int states;
    private final int parameters;
    /** Per edge, its source node. */
    private final int[] source;
    /** Per node after the inputs, the index of its first edge; one more entry closes the last node. */
    private final int[] start;

    /**
     * @param states     n
     * @param parameters P
     * @param source     per edge, its source node (earlier than the edge's node)
     * @param start      per node after the n + P inputs, its first edge, then the number of edges
     */
    TangentGraph(int states, int parameters, int[] source, int[] start) {
        this.states = states;
        this.parameters = parameters;
        this.source = source.clone();
        this.start = start.clone();
    }

    /** @return the number of edges (the length of the partials' arrays) */
    int edges() {
        return source.length;
    }

    /** @return the number of nodes (the length of the tangents' arrays) */
    int nodes() {
        return states + parameters + start.length - 1;
    }

    /**
     * The edges a direction needs: those from states and nodes, and those from the parameters its tangent dp moves
     * (dp ≠ 0). Every other edge contributes 0 to every sum, so the passes over these give the same numbers.
     *
     * @param edge  the edges, in order
     * @param start per node after the inputs, its first entry in {@code edge}, then edge's length
     */
    record Edges(int[] edge, int[] start) { }

    /** @return the edges of the direction with parameter tangent dp */
    Edges edgesOf(double[] dp) {
        int[] edge = new int[source.length];
        int[] first = new int[start.length];
        int count = 0;
        for (int x = 0; x < start.length - 1; x++) {
            first[x] = count;
            for (int e = start[x]; e < start[x + 1]; e++) {
                int from = source[e];
                if (from < states || from >= states + parameters || dp[from - states] != 0.0) {
                    edge[count++] = e;
                }
            }
        }
        first[start.length - 1] = count;
        return new Edges(java.util.Arrays.copyOf(edge, count), first);
    }

    /**
     * The tangent of every node in the direction (s, dp).
     *
     * @param edges the direction's edges ({@link #edgesOf}(dp))
     * @param a     the edges' partials at the point
     * @param s     the states' tangent, length n
     * @param dp    the parameters' tangent, length P
     * @param d     receives every node's tangent, length {@link #nodes()}
     * @param out   receives the right-hand side's tangent {@code J·s + ∂f/∂p·dp}, length n; or null
     */
    void tangent(Edges edges, double[] a, double[] s, double[] dp, double[] d, double[] out) {
        System.arraycopy(s, 0, d, 0, states);
        System.arraycopy(dp, 0, d, states, parameters);
        int inputs = states + parameters;
        int[] edge = edges.edge;
        int[] first = edges.start;
        for (int x = 0; x < first.length - 1; x++) {
            double sum = 0;
            for (int i = first[x]; i < first[x + 1]; i++) {
                int e = edge[i];
                double v = d[source[e]];
                if (v != 0.0) {
                    sum += a[e] * v;
                }
            }
            d[inputs + x] = sum;
        }
        if (out != null) {
            System.arraycopy(d, nodes() - states, out, 0, states);
        }
    }

    /**
     * The derivative, in the state direction v, of every node's tangent with the direction (s, dp) held fixed:
     * the last n nodes' is the coupling {@code ∂/∂y (J·s + ∂f/∂p·dp) · v} of the sensitivity equations.
     *
     * @param edges the direction's edges ({@link #edgesOf}(dp))
     * @param a     the edges' partials at the point
     * @param da    their derivatives in the direction v at the point
     * @param d     every node's tangent at the point ({@link #tangent})
     * @param dd    receives every node's second derivative, length {@link #nodes()}
     * @param out   receives the coupling, length n
     */
    void coupling(Edges edges, double[] a, double[] da, double[] d, double[] dd, double[] out) {
        int inputs = states + parameters;
        java.util.Arrays.fill(dd, 0, inputs, 0.0);
        int[] edge = edges.edge;
        int[] first = edges.start;
        for (int x = 0; x < first.length - 1; x++) {
            double sum = 0;
            for (int i = first[x]; i < first[x + 1]; i++) {
                int e = edge[i];
                int from = source[e];
                double v = d[from];
                if (v != 0.0) {
                    sum += da[e] * v;
                }
                double w = dd[from];
                if (w != 0.0) {
                    sum += a[e] * w;
                }
            }
            dd[inputs + x] = sum;
        }
        System.arraycopy(dd, nodes() - states, out, 0, states);
    }
}
