package org.aftermath.kernel.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A unit evaluated to a factor times a product of powers of base units: {@code per_day = 1 / day}
 * is {@code (1/86400) second^-1}. Unit expressions are those of the Antimony subset: juxtaposed
 * or {@code *}-joined factors, {@code /}, {@code name^n}, numbers (also in scientific notation),
 * parentheses. Names resolve to the model's definitions, then to SBML Level 3's units (derived
 * ones expanded into base units), the kernel's {@code day} and {@code hour}, the spellings
 * {@code liter}/{@code meter}, and plurals of those ({@code days}).
 *
 * @param factor multiplier, &gt; 0
 * @param powers exponent per base unit ({@link #BASE}), sorted by name, no zero exponents
 */
public record UnitValue(double factor, Map<String, Double> powers) {

    /** The base units: every unit is a factor times powers of these. */
    public static final Set<String> BASE = Set.of("ampere", "avogadro", "candela", "gram", "item", "kelvin",
            "litre", "metre", "mole", "second");

    /** The unit 1. */
    public static final UnitValue ONE = new UnitValue(1, Map.of());

    /** Units known without a definition, in base units. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("dimensionless", "1"), Map.entry("radian", "1"), Map.entry("steradian", "1"),
            Map.entry("kilogram", "1000 gram"), Map.entry("liter", "litre"), Map.entry("meter", "metre"),
            Map.entry("becquerel", "1 / second"), Map.entry("hertz", "1 / second"),
            Map.entry("coulomb", "ampere second"), Map.entry("newton", "1000 gram metre / second^2"),
            Map.entry("joule", "1000 gram metre^2 / second^2"), Map.entry("watt", "1000 gram metre^2 / second^3"),
            Map.entry("pascal", "1000 gram / (metre second^2)"), Map.entry("gray", "metre^2 / second^2"),
            Map.entry("sievert", "metre^2 / second^2"), Map.entry("katal", "mole / second"),
            Map.entry("volt", "1000 gram metre^2 / (second^3 ampere)"),
            Map.entry("ohm", "1000 gram metre^2 / (second^3 ampere^2)"),
            Map.entry("siemens", "0.001 second^3 ampere^2 / (gram metre^2)"),
            Map.entry("farad", "0.001 second^4 ampere^2 / (gram metre^2)"),
            Map.entry("henry", "1000 gram metre^2 / (second^2 ampere^2)"),
            Map.entry("tesla", "1000 gram / (second^2 ampere)"),
            Map.entry("weber", "1000 gram metre^2 / (second^2 ampere)"), Map.entry("lumen", "candela"),
            Map.entry("lux", "candela / metre^2"), Map.entry("day", "86400 second"), Map.entry("hour", "3600 second"));

    public UnitValue {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("unit factor must be finite and > 0, got " + factor);
        }
        TreeMap<String, Double> p = new TreeMap<>(powers);
        p.values().removeIf(e -> e == 0.0);
        powers = Collections.unmodifiableMap(p);
    }

    /** @return true if {@code name} is known without a model definition */
    public static boolean isKnown(String name) {
        return BASE.contains(name) || KNOWN.containsKey(name) || singular(name) != null;
    }

    /**
     * Evaluates a unit id.
     *
     * @param unit        a unit id
     * @param definitions the model's unit definitions: id → definition text, or null if undefined
     * @return its value
     * @throws IllegalArgumentException for an unknown unit, a malformed or circular definition
     */
    public static UnitValue of(String unit, Function<String, String> definitions) {
        return of(unit, definitions, new ArrayList<>());
    }

    /**
     * Evaluates a unit expression such as {@code 1e-12 gram / (1e-3 litre)}.
     *
     * @param expression  the text
     * @param definitions the model's unit definitions
     * @return its value
     * @throws IllegalArgumentException for an unknown unit or a malformed expression
     */
    public static UnitValue parse(String expression, Function<String, String> definitions) {
        List<String> stack = new ArrayList<>();
        return new Parser(expression, n -> of(n, definitions, stack)).parse();
    }

    private static UnitValue of(String unit, Function<String, String> definitions, List<String> stack) {
        if (BASE.contains(unit)) {
            return new UnitValue(1, Map.of(unit, 1.0));
        }
        String text = definitions.apply(unit);
        if (text == null) {
            text = KNOWN.get(unit);
        }
        if (text == null) {
            String singular = singular(unit);
            if (singular != null) {
                return of(singular, definitions, stack);
            }
            throw new IllegalArgumentException("unknown unit '" + unit + "'");
        }
        if (stack.contains(unit)) {
            throw new IllegalArgumentException("unit '" + unit + "' is defined in terms of itself");
        }
        stack.add(unit);
        UnitValue v = new Parser(text, n -> of(n, definitions, stack)).parse();
        stack.remove(stack.size() - 1);
        return v;
    }

    /** @return the singular of a plural of a known unit ({@code days} → {@code day}), or null */
    private static String singular(String name) {
        if (name.endsWith("s") && name.length() > 1) {
            String s = name.substring(0, name.length() - 1);
            if (BASE.contains(s) || KNOWN.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /** @return this times {@code o} */
    public UnitValue times(UnitValue o) {
        TreeMap<String, Double> p = new TreeMap<>(powers);
        o.powers.forEach((k, e) -> p.merge(k, e, Double::sum));
        return new UnitValue(factor * o.factor, p);
    }

    /** @return this divided by {@code o} */
    public UnitValue over(UnitValue o) {
        return times(o.pow(-1));
    }

    /** @return this to the power {@code e} */
    public UnitValue pow(double e) {
        TreeMap<String, Double> p = new TreeMap<>();
        powers.forEach((k, x) -> p.put(k, x * e));
        return new UnitValue(Math.pow(factor, e), p);
    }

    /** @return true if both have the same powers of base units, whatever their factors */
    public boolean sameDimension(UnitValue o) {
        return powers.equals(o.powers);
    }

    /** @return the powers as text, e.g. {@code gram litre^-1 second^2}, or {@code dimensionless} */
    public String dimensionText() {
        if (powers.isEmpty()) {
            return "dimensionless";
        }
        List<String> parts = new ArrayList<>();
        powers.forEach((k, e) -> parts.add(e == 1 ? k : k + "^" + (e == Math.rint(e) ? Long.toString(e.longValue()) : e.toString())));
        return String.join(" ", parts);
    }

    /** Recursive descent over a unit expression. */
    private static final class Parser {
        private final String s;
        private final Function<String, UnitValue> names;
        private int i;

        Parser(String s, Function<String, UnitValue> names) {
            this.s = s;
            this.names = names;
        }

        UnitValue parse() {
            UnitValue v = expr();
            skip();
            if (i < s.length()) {
                throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' in unit expression '" + s + "'");
            }
            return v;
        }

        private UnitValue expr() {
            UnitValue v = product();
            while (true) {
                skip();
                if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
                    char op = s.charAt(i++);
                    UnitValue next = product();
                    v = op == '*' ? v.times(next) : v.over(next);
                } else {
                    return v;
                }
            }
        }

        private UnitValue product() {
            UnitValue v = atom();
            while (true) {
                skip();
                if (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '(' || s.charAt(i) == '.')) {
                    v = v.times(atom());
                } else {
                    return v;
                }
            }
        }

        private UnitValue atom() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("incomplete unit expression '" + s + "'");
            }
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                UnitValue v = expr();
                skip();
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw new IllegalArgumentException("missing ')' in unit expression '" + s + "'");
                }
                i++;
                return v;
            }
            if (Character.isDigit(c) || c == '.') {
                return new UnitValue(number(), Map.of());
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' in unit expression '" + s + "'");
            }
            UnitValue v = names.apply(s.substring(start, i));
            skip();
            if (i < s.length() && s.charAt(i) == '^') {
                i++;
                skip();
                double sign = 1;
                if (i < s.length() && s.charAt(i) == '-') {
                    sign = -1;
                    i++;
                }
                v = v.pow(sign * number());
            }
            return v;
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
