package org.aftermath.tmen.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.aftermath.kernel.units.UnitValue;

/**
 * The physical dimension of a unit: powers of SBML base units ({@code second}, {@code item},
 * {@code gram}, {@code litre}, {@code metre}, ...), without the scale factor, so {@code day} and
 * {@code second} have the same dimension. Unit expressions follow the kernel's Antimony subset:
 * juxtaposed or {@code *}-joined factors, {@code /}, {@code name^n}, numbers, parentheses.
 *
 * @param powers exponent per base unit, sorted by name, no zero exponents; empty = dimensionless
 */
public record Dimension(Map<String, Double> powers) {

    /** The dimensionless dimension. */
    public static final Dimension NONE = new Dimension(Map.of());

    public Dimension {
        TreeMap<String, Double> p = new TreeMap<>(powers);
        p.values().removeIf(e -> e == 0.0);
        powers = java.util.Collections.unmodifiableMap(p);
    }

    /** @return the dimension of time (days, seconds) */
    public static Dimension time() {
        return new Dimension(Map.of("second", 1.0));
    }

    /** @return this times {@code o} */
    public Dimension times(Dimension o) {
        TreeMap<String, Double> p = new TreeMap<>(powers);
        o.powers.forEach((k, e) -> p.merge(k, e, Double::sum));
        return new Dimension(p);
    }

    /** @return this divided by {@code o} */
    public Dimension over(Dimension o) {
        return times(o.pow(-1));
    }

    /** @return this to the power {@code e} */
    public Dimension pow(double e) {
        TreeMap<String, Double> p = new TreeMap<>();
        powers.forEach((k, x) -> p.put(k, x * e));
        return new Dimension(p);
    }

    /**
     * @param unit        a unit id
     * @param definitions the model's unit definitions by id (text)
     * @return its dimension
     * @throws IllegalArgumentException for an unknown unit, a malformed or circular definition
     */
    public static Dimension of(String unit, Function<String, String> definitions) {
        return new Dimension(UnitValue.of(unit, definitions).powers());
    }

    @Override
    public String toString() {
        if (powers.isEmpty()) {
            return "dimensionless";
        }
        List<String> parts = new ArrayList<>();
        powers.forEach((k, e) -> parts.add(e == 1 ? k : k + "^" + (e == Math.rint(e) ? Long.toString(e.longValue()) : e.toString())));
        return String.join(" ", parts);
    }
}
