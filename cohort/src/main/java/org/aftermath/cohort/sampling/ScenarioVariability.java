package org.aftermath.cohort.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.CorrelationSpec;
import org.aftermath.tmen.scenario.DistributionSpec;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.VariabilitySpec;

/**
 * Turns a scenario's {@code variability:} block ({@link VariabilitySpec}, as the scenario reader gives it) into the
 * sampler's {@link Variability}:
 * <ul>
 *   <li>{@code lognormal: {median, cv}} → {@link LogNormal} (cv of the distribution itself);</li>
 *   <li>{@code normal: {mean, sd}} with optional {@code min}, {@code max} → {@link TruncatedNormal} (unbounded sides
 *       are infinite);</li>
 *   <li>{@code uniform: {min, max}} → {@link Uniform};</li>
 *   <li>{@code values: [...]} → {@link Values};</li>
 *   <li>each correlation {@code [a, b, rho]} → {@link Correlation}.</li>
 * </ul>
 * The declaration order of the inputs is kept: it is the order of the draws and of the output columns.
 */
public final class ScenarioVariability {

    private ScenarioVariability() {
    }

    /**
     * @param spec the scenario's variability (not empty)
     * @return the marginals and correlations
     * @throws IllegalArgumentException naming the input and what is allowed if a law is unknown, an argument is
     *                                  missing or unknown, or a value is out of range
     */
    public static Variability from(VariabilitySpec spec) {
        if (spec == null || spec.isEmpty()) {
            throw new IllegalArgumentException("variability: at least one input needs a distribution");
        }
        Map<String, Marginal> marginals = new LinkedHashMap<>();
        spec.inputs().forEach((path, d) -> {
            try {
                marginals.put(path, marginal(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        });
        List<Correlation> correlations = new ArrayList<>();
        for (CorrelationSpec c : spec.correlations()) {
            correlations.add(new Correlation(c.a(), c.b(), c.rho()));
        }
        return new Variability(marginals, correlations);
    }

    /**
     * The sampler of a scenario's cohort.
     *
     * @param spec   the scenario's variability
     * @param file   the scenario file, for messages
     * @param remedy what to do when {@code spec} is empty, appended to the message
     * @return a sampler of {@code spec}
     * @throws ScenarioException naming the file and the field {@code variability} if {@code spec} is empty or
     *                           invalid
     */
    public static CohortSampler sampler(VariabilitySpec spec, String file, String remedy) {
        if (spec.isEmpty()) {
            throw new ScenarioException(file, "variability", "a cohort needs inputs that vary between patients; "
                    + remedy);
        }
        try {
            return new CohortSampler(from(spec));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, "variability", e.getMessage());
        }
    }

    /**
     * @param d one input's distribution (validated by its constructor: known law, the law's arguments)
     * @return its marginal
     * @throws IllegalArgumentException if a value is out of the marginal's range
     */
    public static Marginal marginal(DistributionSpec d) {
        Map<String, Double> args = d.arguments();
        return switch (d.law()) {
            case DistributionSpec.LOGNORMAL -> new LogNormal(required(d, "median"), required(d, "cv"));
            case DistributionSpec.NORMAL -> new TruncatedNormal(required(d, "mean"), required(d, "sd"),
                    args.getOrDefault("min", Double.NEGATIVE_INFINITY),
                    args.getOrDefault("max", Double.POSITIVE_INFINITY));
            case DistributionSpec.UNIFORM -> new Uniform(required(d, "min"), required(d, "max"));
            case DistributionSpec.VALUES -> new Values(d.values());
            default -> throw new IllegalArgumentException("unknown distribution '" + d.law() + "' (allowed: "
                    + String.join(", ", DistributionSpec.LAWS) + ")");
        };
    }

    private static double required(DistributionSpec d, String key) {
        Double v = d.arguments().get(key);
        if (v == null) {
            throw new IllegalArgumentException(d.law() + ": missing argument '" + key + "'");
        }
        return v;
    }
}
