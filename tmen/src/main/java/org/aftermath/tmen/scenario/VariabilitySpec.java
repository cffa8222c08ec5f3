package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario's {@code variability:} and {@code correlations:} keys: which inputs vary between
 * virtual patients, and how. {@code aftermath run} ignores them (it runs the scenario's own
 * values); the cohort runner draws one value per input and patient and applies them with
 * {@link ScenarioInputs#apply}. The paths are checked against the scenario when it is read
 * ({@link ScenarioInputs#paths}); {@code parameters.NAME} against the model when it is compiled.
 *
 * @param inputs       input path → distribution, in file order (copied into a {@link LinkedHashMap})
 * @param correlations copula correlations between inputs of {@code inputs}, at most one per pair;
 *                     together they form a positive definite correlation matrix
 */
public record VariabilitySpec(Map<String, DistributionSpec> inputs, List<CorrelationSpec> correlations) {

    /** No variability: the scenario describes one patient. */
    public static final VariabilitySpec NONE = new VariabilitySpec(Map.of(), List.of());

    /** Smallest Cholesky pivot accepted: the correlation matrix must be clearly positive definite. */
    static final double MIN_PIVOT = 1e-10;

    public VariabilitySpec {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(correlations, "correlations");
        Map<String, DistributionSpec> copy = new LinkedHashMap<>();
        inputs.forEach((path, spec) -> copy.put(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(spec, "distribution of " + path)));
        inputs = Collections.unmodifiableMap(copy);
        correlations = List.copyOf(correlations);
        List<CorrelationSpec> seen = new ArrayList<>();
        for (CorrelationSpec c : correlations) {
            for (String name : List.of(c.a(), c.b())) {
                if (!inputs.containsKey(name)) {
                    throw new IllegalArgumentException("correlation names '" + name + "', which has no distribution"
                            + " under variability (inputs: " + (inputs.isEmpty() ? "none" : String.join(", ", inputs.keySet())) + ")");
                }
            }
            if (seen.stream().anyMatch(s -> s.relates(c.a(), c.b()))) {
                throw new IllegalArgumentException("the pair " + c.a() + ", " + c.b() + " is correlated twice");
            }
            seen.add(c);
            if (!positiveDefinite(List.copyOf(inputs.keySet()), seen)) {
                throw new IllegalArgumentException("with [" + c.a() + ", " + c.b() + ", " + c.rho()
                        + "] the correlations are inconsistent (the correlation matrix is not positive definite)");
            }
        }
    }

    /** @return true if no input varies */
    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** @return the input paths in file order */
    public List<String> paths() {
        return List.copyOf(inputs.keySet());
    }

    /**
     * @return the copula correlation between inputs {@code x} and {@code y}: 1 if they are the
     *         same, the listed rho, or 0 if the pair is not listed
     */
    public double correlation(String x, String y) {
        if (x.equals(y)) {
            return 1.0;
        }
        return correlations.stream().filter(c -> c.relates(x, y)).mapToDouble(CorrelationSpec::rho).findFirst().orElse(0.0);
    }

    /** Cholesky factorisation of the unit-diagonal matrix the listed correlations define. */
    private static boolean positiveDefinite(List<String> names, List<CorrelationSpec> listed) {
        int n = names.size();
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = entry(names.get(i), names.get(j), listed);
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > MIN_PIVOT)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return true;
    }

    private static double entry(String x, String y, List<CorrelationSpec> listed) {
        if (x.equals(y)) {
            return 1.0;
        }
        return listed.stream().filter(c -> c.relates(x, y)).mapToDouble(CorrelationSpec::rho).findFirst().orElse(0.0);
    }
}
