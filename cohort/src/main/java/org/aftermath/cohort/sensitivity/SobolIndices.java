package org.aftermath.cohort.sensitivity;

import java.util.List;

/**
 * Result of a Sobol analysis.
 *
 * @param indices         one entry per input, in declaration order
 * @param baseSize        base sample size N
 * @param runs            model runs used, N (k + 2)
 * @param variance        total output variance estimated from f(A) and f(B) (outcome units squared)
 * @param replicates      bootstrap replicates behind the intervals
 * @param confidenceLevel nominal two-sided level of the intervals, e.g. 0.95
 */
public record SobolIndices(List<SobolIndex> indices, int baseSize, int runs, double variance,
                           int replicates, double confidenceLevel) {

    public SobolIndices {
        indices = List.copyOf(indices);
    }

    /** The entry for {@code name}. */
    public SobolIndex get(String name) {
        return indices.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input named '" + name + "'"));
    }
}
