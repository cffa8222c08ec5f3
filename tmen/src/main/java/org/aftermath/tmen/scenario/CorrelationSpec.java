package org.aftermath.tmen.scenario;

import java.util.Objects;

/**
 * One entry {@code [a, b, rho]} of a scenario's {@code correlations:} list: the correlation of
 * the Gaussian copula between two varied inputs (the correlation of their normal scores, not of
 * the drawn values themselves).
 *
 * @param a   an input path of the {@code variability:} block
 * @param b   another input path, {@code != a}
 * @param rho the copula correlation, finite, in (-1, 1)
 */
public record CorrelationSpec(String a, String b, double rho) {

    public CorrelationSpec {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a correlation needs two different inputs (got " + a + " twice)");
        }
        if (!(rho > -1 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in (-1, 1) (got " + rho + ")");
        }
    }

    /** @return true if this entry relates {@code x} and {@code y}, in either order */
    public boolean relates(String x, String y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }
}
