package org.aftermath.cohort.sensitivity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftermath.cohort.sampling.Marginal;

/**
 * Independent uncertain inputs of a sensitivity analysis (Sobol indices and Morris screening assume independence;
 * copula correlations are not used here). Points of the unit hypercube map to inputs through each marginal's
 * quantile.
 *
 * @param marginals input name → marginal, in declaration order (copied; non-empty)
 */
public record InputSpace(Map<String, Marginal> marginals) {

    public InputSpace {
        if (marginals == null || marginals.isEmpty()) {
            throw new IllegalArgumentException("sensitivity: at least one input needs a distribution");
        }
        marginals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marginals));
    }

    /** Number of inputs. */
    public int dimension() {
        return marginals.size();
    }

    /** Input names in declaration order. */
    public List<String> names() {
        return List.copyOf(marginals.keySet());
    }

    /** Maps a point of the unit hypercube to input units, coordinate by coordinate through the quantiles. */
    public double[] toInputs(double[] u) {
        double[] x = new double[u.length];
        int j = 0;
        for (Marginal m : marginals.values()) {
            x[j] = m.quantile(u[j]);
            j++;
        }
        return x;
    }
}
