package org.aftermath.tmen.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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

    /** Base units whose dimension is a base dimension of its own. */
    private static final Set<String> BASE = Set.of("ampere", "avogadro", "candela", "gram", "item", "kelvin",
            "litre", "metre", "mole", "second");
    /** SBML derived units in base units, and the spellings and predefined units the kernel accepts. */
    private static final Map<String, String> DERIVED = Map.ofEntries(
            Map.entry("dimensionless", "1"), Map.entry("radian", "1"), Map.entry("steradian", "1"),
            Map.entry("kilogram", "gram"), Map.entry("liter", "litre"), Map.entry("meter", "metre"),
            Map.entry("becquerel", "1 / second"), Map.entry("hertz", "1 / second"),
            Map.entry("coulomb", "ampere second"), Map.entry("newton", "gram metre / second^2"),
            Map.entry("joule", "gram metre^2 / second^2"), Map.entry("watt", "gram metre^2 / second^3"),
            Map.entry("pascal", "gram / (metre second^2)"), Map.entry("gray", "metre^2 / second^2"),
            Map.entry("sievert", "metre^2 / second^2"), Map.entry("katal", "mole / second"),
            Map.entry("volt", "gram metre^2 / (second^3 ampere)"), Map.entry("ohm", "gram metre^2 / (second^3 ampere^2)"),
            Map.entry("siemens", "second^3 ampere^2 / (gram metre^2)"), Map.entry("farad", "second^4 ampere^2 / (gram metre^2)"),
            Map.entry("henry", "gram metre^2 / (second^2 ampere^2)"), Map.entry("tesla", "gram / (second^2 ampere)"),
            Map.entry("weber", "gram metre^2 / (second^2 ampere)"), Map.entry("lumen", "candela"),
            Map.entry("lux", "candela / metre^2"), Map.entry("day", "86400 second"), Map.entry("hour", "3600 second"));

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
        return of(unit, definitions, new ArrayList<>());
    }

    private static Dimension of(String unit, Function<String, String> definitions, List<String> stack) {
        if (BASE.contains(unit)) {
            return new Dimension(Map.of(unit, 1.0));
        }
        String text = definitions.apply(unit);
        if (text == null) {
            text = DERIVED.get(unit);
        }
        if (text == null && unit.endsWith("s") && unit.length() > 1) {
            String singular = unit.substring(0, unit.length() - 1);
            if (BASE.contains(singular) || DERIVED.containsKey(singular)) {
                return of(singular, definitions, stack);
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("unknown unit '" + unit + "'");
        }
        if (stack.contains(unit)) {
            throw new IllegalArgumentException("unit '" + unit + "' is defined in terms of itself");
        }
        stack.add(unit);
        Dimension d = new UnitParser(text, n -> of(n, definitions, stack)).parse();
        stack.remove(stack.size() - 1);
        return d;
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

    /** Recursive descent over a unit expression, numbers ignored. */
    private static final class UnitParser {
        private final String s;
        private final Function<String, Dimension> names;
        private int i;

        UnitParser(String s, Function<String, Dimension> names) {
            this.s = s;
            this.names = names;
        }

        Dimension parse() {
            Dimension d = expr();
            skip();
            if (i < s.length()) {
                throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' in unit expression '" + s + "'");
            }
            return d;
        }

        private Dimension expr() {
            Dimension d = product();
            while (true) {
                skip();
                if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
                    char op = s.charAt(i++);
                    Dimension next = product();
                    d = op == '*' ? d.times(next) : d.over(next);
                } else {
                    return d;
                }
            }
        }

        private Dimension product() {
            Dimension d = atom();
            while (true) {
                skip();
                if (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '(' || s.charAt(i) == '.')) {
                    d = d.times(atom());
                } else {
                    return d;
                }
            }
        }

        private Dimension atom() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("incomplete unit expression '" + s + "'");
            }
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                Dimension d = expr();
                skip();
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw new IllegalArgumentException("missing ')' in unit expression '" + s + "'");
                }
                i++;
                return d;
            }
            if (Character.isDigit(c) || c == '.') {
                number();
                return NONE;
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' in unit expression '" + s + "'");
            }
            Dimension d = names.apply(s.substring(start, i));
            skip();
            if (i < s.length() && s.charAt(i) == '^') {
                i++;
                skip();
                double sign = 1;
                if (i < s.length() && s.charAt(i) == '-') {
                    sign = -1;
                    i++;
                }
                d = d.pow(sign * number());
            }
            return d;
        }

        private double number() {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.'
                    || s.charAt(i) == 'e' || s.charAt(i) == 'E'
                    || (s.charAt(i) == '-' || s.charAt(i) == '+') && i > start
                        && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E'))) {
                i++;
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number in unit expression '" + s + "'");
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
