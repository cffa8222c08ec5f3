package org.aftermath.cohort.sampling;

import java.util.Arrays;
import java.util.List;

/**
 * Uniform choice among listed values (each listed entry has probability 1/k; repeating a value weights it).
 * The quantile maps [0, 1/k) to the first listed value, [1/k, 2/k) to the second, and so on, in the listed order.
 * In a Gaussian copula the correlation applies to the latent normal; the realised correlation of a discrete
 * variable is smaller in magnitude.
 *
 * @param values the candidate values (non-empty, finite)
 */
public record Values(List<Double> values) implements Marginal {

    public Values {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("values: the list must not be empty");
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("values: entry " + i + " must be a finite number, got " + v);
            }
        }
        values = List.copyOf(values);
    }

    /** Convenience constructor. */
    public static Values of(double... values) {
        return new Values(Arrays.stream(values).boxed().toList());
    }

    @Override
    public double quantile(double u) {
        int k = values.size();
        int index = (int) Math.floor(Marginal.checkProbability(u) * k);
        return values.get(Math.min(index, k - 1));
    }

    @Override
    public double fromNormal(double z) {
        return quantile(StandardNormal.cdf(z));
    }
}
