package org.aftermath.cohort.sampling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code variability} block: the marginal of each varied variable, in declaration order, and the
 * copula correlations between them.
 *
 * @param marginals    variable name → marginal, iteration order = declaration order (copied; non-empty)
 * @param correlations {@code [a, b, rho]} entries (copied; may be empty)
 */
public record Variability(Map<String, Marginal> marginals, List<Correlation> correlations) {

    public Variability {
        if (marginals == null || marginals.isEmpty()) {
            throw new IllegalArgumentException("variability: at least one variable needs a distribution");
        }
        for (Map.Entry<String, Marginal> e : marginals.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException("variability: variable names must not be blank");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("variability: variable '" + e.getKey() + "' has no distribution");
            }
        }
        marginals = Collections.unmodifiableMap(new LinkedHashMap<>(marginals));
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** Independent variables. */
    public static Variability independent(Map<String, Marginal> marginals) {
        return new Variability(marginals, List.of());
    }
}
