package org.aftermath.tmen.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.special.Erf;

/**
 * The distribution of one input of a scenario's {@code variability:} block, as written; the
 * cohort runner turns it into a sampler. Four laws:
 * <ul>
 *   <li>{@value #LOGNORMAL}: arguments {@code median} &gt; 0 and {@code cv} &gt; 0, the coefficient
 *       of variation of the distribution itself, so that {@code sigma² = ln(1 + cv²)} and
 *       {@code mu = ln(median)};</li>
 *   <li>{@value #NORMAL}: {@code mean} and {@code sd} &gt; 0 of the untruncated normal, optional
 *       {@code min} and/or {@code max} (min &lt; max) that truncate it by rejection (the draw is
 *       conditioned on the interval, never clamped);</li>
 *   <li>{@value #UNIFORM}: {@code min} &lt; {@code max};</li>
 *   <li>{@value #VALUES}: one of the listed values with equal probability; arguments empty.</li>
 * </ul>
 *
 * @param law       one of {@link #LAWS}
 * @param arguments the law's arguments by name (see above), each finite; copied, in the order given
 * @param values    the listed values for {@value #VALUES} (at least one, each finite), else empty
 */
public record DistributionSpec(String law, Map<String, Double> arguments, List<Double> values) {

    /** Log-normal by median and coefficient of variation. */
    public static final String LOGNORMAL = "lognormal";
    /** Normal, optionally truncated. */
    public static final String NORMAL = "normal";
    /** Uniform on [min, max]. */
    public static final String UNIFORM = "uniform";
    /** A finite list of equally likely values. */
    public static final String VALUES = "values";
    /** The laws, in the order messages list them. */
    public static final List<String> LAWS = List.of(LOGNORMAL, NORMAL, UNIFORM, VALUES);

    public DistributionSpec {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(values, "values");
        if (!LAWS.contains(law)) {
            throw new IllegalArgumentException("unknown law '" + law + "' (allowed: " + String.join(", ", LAWS) + ")");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        arguments.forEach((key, value) -> {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException(law + ": " + key + " must be a finite number (got " + value + ")");
            }
            copy.put(key, value);
        });
        arguments = Collections.unmodifiableMap(copy);
        values = List.copyOf(values);
        check(law, arguments, values);
    }

    private static void check(String law, Map<String, Double> a, List<Double> values) {
        if (!law.equals(VALUES) && !values.isEmpty()) {
            throw new IllegalArgumentException(law + " takes arguments, not a list of values");
        }
        switch (law) {
            case LOGNORMAL -> {
                allowOnly(law, a, List.of("median", "cv"), List.of("median", "cv"));
                positive(law, a, "median");
                positive(law, a, "cv");
            }
            case NORMAL -> {
                allowOnly(law, a, List.of("mean", "sd", "min", "max"), List.of("mean", "sd"));
                positive(law, a, "sd");
                if (a.containsKey("min") && a.containsKey("max") && !(a.get("max") > a.get("min"))) {
                    throw new IllegalArgumentException(law + ": max must be > min (got min " + a.get("min")
                            + ", max " + a.get("max") + ")");
                }
            }
            case UNIFORM -> {
                allowOnly(law, a, List.of("min", "max"), List.of("min", "max"));
                if (!(a.get("max") > a.get("min"))) {
                    throw new IllegalArgumentException(law + ": max must be > min (got min " + a.get("min")
                            + ", max " + a.get("max") + ")");
                }
            }
            default -> {
                if (!a.isEmpty()) {
                    throw new IllegalArgumentException("values takes a list, not arguments " + a.keySet());
                }
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("values must list at least one value");
                }
                for (Double v : values) {
                    if (v == null || !Double.isFinite(v)) {
                        throw new IllegalArgumentException("values must be finite numbers (got " + v + ")");
                    }
                }
            }
        }
    }

    private static void allowOnly(String law, Map<String, Double> a, List<String> allowed, List<String> required) {
        for (String key : a.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(law + " has no argument '" + key + "' (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
        for (String key : required) {
            if (!a.containsKey(key)) {
                throw new IllegalArgumentException(law + " needs " + key);
            }
        }
    }

    private static void positive(String law, Map<String, Double> a, String key) {
        if (!(a.get(key) > 0)) {
            throw new IllegalArgumentException(law + ": " + key + " must be > 0 (got " + a.get(key) + ")");
        }
    }

    /** @return {@code lognormal: {median, cv}} */
    public static DistributionSpec lognormal(double median, double cv) {
        return new DistributionSpec(LOGNORMAL, ordered("median", median, "cv", cv), List.of());
    }

    /** @return an untruncated {@code normal: {mean, sd}} */
    public static DistributionSpec normal(double mean, double sd) {
        return new DistributionSpec(NORMAL, ordered("mean", mean, "sd", sd), List.of());
    }

    /** @return {@code normal: {mean, sd, min, max}}, truncated to [min, max] */
    public static DistributionSpec normal(double mean, double sd, double min, double max) {
        Map<String, Double> a = ordered("mean", mean, "sd", sd);
        a.put("min", min);
        a.put("max", max);
        return new DistributionSpec(NORMAL, a, List.of());
    }

    /** @return {@code uniform: {min, max}} */
    public static DistributionSpec uniform(double min, double max) {
        return new DistributionSpec(UNIFORM, ordered("min", min, "max", max), List.of());
    }

    /** @return {@code values: [...]} */
    public static DistributionSpec values(List<Double> values) {
        return new DistributionSpec(VALUES, Map.of(), values);
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** @return the argument {@code name}, or NaN if the law has none of that name or it is not given */
    public double argument(String name) {
        Double v = arguments.get(name);
        return v == null ? Double.NaN : v;
    }

    /**
     * @return the infimum of the values the law can draw: 0 for {@value #LOGNORMAL}, {@code min}
     *         (or -infinity) for {@value #NORMAL}, {@code min} for {@value #UNIFORM}, the smallest
     *         listed value for {@value #VALUES}
     */
    public double lowerBound() {
        return switch (law) {
            case LOGNORMAL -> 0.0;
            case NORMAL -> arguments.getOrDefault("min", Double.NEGATIVE_INFINITY);
            case UNIFORM -> arguments.get("min");
            default -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        };
    }

    /** @return the supremum of the values the law can draw (+infinity when unbounded) */
    public double upperBound() {
        return switch (law) {
            case LOGNORMAL -> Double.POSITIVE_INFINITY;
            case NORMAL -> arguments.getOrDefault("max", Double.POSITIVE_INFINITY);
            case UNIFORM -> arguments.get("max");
            default -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }

    /**
     * @param low  lower end of an interval, or null for none
     * @param high upper end, or null for none
     * @return the probability that a draw falls outside [low, high] (a truncated normal
     *         conditioned on its [min, max])
     */
    public double probabilityOutside(Double low, Double high) {
        if (!continuous()) {
            return values.stream().filter(v -> low != null && v < low || high != null && v > high).count()
                    / (double) values.size();
        }
        double lo = low == null ? Double.NEGATIVE_INFINITY : low;
        double hi = high == null ? Double.POSITIVE_INFINITY : high;
        double from = Math.max(lo, lowerBound());
        double to = Math.min(hi, upperBound());
        if (from >= to) {
            return 1.0;
        }
        double inside = cdf(to) - cdf(from);
        double all = cdf(upperBound()) - cdf(lowerBound());
        return Math.min(1.0, Math.max(0.0, 1 - inside / all));
    }

    /** @return the untruncated law's cumulative distribution at x */
    private double cdf(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return switch (law) {
            case LOGNORMAL -> {
                double sigma = Math.sqrt(Math.log1p(arguments.get("cv") * arguments.get("cv")));
                yield x <= 0 ? 0 : normalCdf((Math.log(x) - Math.log(arguments.get("median"))) / sigma);
            }
            case NORMAL -> normalCdf((x - arguments.get("mean")) / arguments.get("sd"));
            default -> (Math.min(Math.max(x, arguments.get("min")), arguments.get("max")) - arguments.get("min"))
                    / (arguments.get("max") - arguments.get("min"));
        };
    }

    private static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** @return true for the continuous laws (all but {@value #VALUES}) */
    public boolean continuous() {
        return !law.equals(VALUES);
    }
}
