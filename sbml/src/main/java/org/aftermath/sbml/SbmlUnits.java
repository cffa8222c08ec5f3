package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sbml.jsbml.Unit;

/**
 * Unit algebra between the kernel's unit definitions (Antimony text such as {@code 1 / day} or
 * {@code 86400 second}) and SBML units. A unit expression is evaluated to a factor times a
 * product of powers of SBML base units: {@code per_day = 1 / day} is
 * {@code (1/86400) second^-1}. Plurals of base or predefined units ({@code days}) are accepted as
 * the kernel's validator accepts them.
 */
final class SbmlUnits {

    /** Units the kernel predefines when a model uses them without defining them. */
    static final Map<String, String> PREDEFINED = Map.of("day", "86400 second", "hour", "3600 second");

    /** SBML Level 3 base unit kinds by name, with the kernel's spellings liter/meter. */
    private static final Map<String, Unit.Kind> BASE = new LinkedHashMap<>();

    static {
        for (String k : List.of("ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad",
                "gram", "gray", "henry", "hertz", "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen",
                "lux", "metre", "mole", "newton", "ohm", "pascal", "radian", "second", "siemens", "sievert",
                "steradian", "tesla", "volt", "watt", "weber")) {
            BASE.put(k, Unit.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
        }
        BASE.put("liter", Unit.Kind.LITRE);
        BASE.put("meter", Unit.Kind.METRE);
    }

    /**
     * A unit as a factor times powers of base units.
     *
     * @param factor  multiplier, &gt; 0
     * @param powers  exponent per base unit kind (dimensionless omitted)
     */
    record Value(double factor, Map<Unit.Kind, Double> powers) {
        Value times(Value o, double sign) {
            Map<Unit.Kind, Double> p = new LinkedHashMap<>(powers);
            o.powers.forEach((k, e) -> p.merge(k, sign * e, Double::sum));
            p.values().removeIf(e -> e == 0.0);
            return new Value(sign > 0 ? factor * o.factor : factor / o.factor, p);
        }

        Value pow(double e) {
            Map<Unit.Kind, Double> p = new LinkedHashMap<>();
            powers.forEach((k, x) -> p.put(k, x * e));
            return new Value(Math.pow(factor, e), p);
        }
    }

    private SbmlUnits() { }

    /** @return true if an SBML {@code units} attribute may name this id directly */
    static boolean isSbmlBaseName(String name) {
        return BASE.containsKey(name) && !name.equals("liter") && !name.equals("meter");
    }

    /**
     * Evaluates a unit name.
     *
     * @param name       a unit id
     * @param definition the definition text of a user unit, or null
     * @return its value
     * @throws IllegalArgumentException for an unknown name or a cycle
     */
    static Value evaluate(String name, Function<String, String> definition) {
        return evaluate(name, definition, new ArrayList<>());
    }

    private static Value evaluate(String name, Function<String, String> definitions, List<String> stack) {
        Unit.Kind base = BASE.get(name);
        if (base != null) {
            return base == Unit.Kind.DIMENSIONLESS ? new Value(1, Map.of()) : new Value(1, Map.of(base, 1.0));
        }
        String text = definitions.apply(name);
        if (text == null) {
            text = PREDEFINED.get(name);
        }
        if (text == null && name.endsWith("s") && name.length() > 1) {
            String singular = name.substring(0, name.length() - 1);
            if (BASE.containsKey(singular) || PREDEFINED.containsKey(singular)) {
                return evaluate(singular, definitions, stack);
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("unknown unit '" + name + "'");
        }
        if (stack.contains(name)) {
            throw new IllegalArgumentException("unit '" + name + "' is defined in terms of itself");
        }
        stack.add(name);
        Value v = new Parser(text, n -> evaluate(n, definitions, stack)).expr();
        stack.remove(stack.size() - 1);
        return v;
    }

    /**
     * @param v a unit value
     * @return SBML units (level 3 version 2) whose product is {@code v}; the factor goes into the
     *         multiplier of the first unit
     */
    static List<Unit> toSbml(Value v) {
        List<Unit> units = new ArrayList<>();
        if (v.powers().isEmpty()) {
            units.add(new Unit(v.factor(), 0, Unit.Kind.DIMENSIONLESS, 1.0, 3, 2));
            return units;
        }
        boolean first = true;
        for (Map.Entry<Unit.Kind, Double> e : v.powers().entrySet()) {
            double multiplier = first ? Math.pow(v.factor(), 1.0 / e.getValue()) : 1.0;
            units.add(new Unit(multiplier, 0, e.getKey(), e.getValue(), 3, 2));
            first = false;
        }
        return units;
    }

    /**
     * @param units SBML units of one definition
     * @return the kernel's text for their product, e.g. {@code 86400 second} or
     *         {@code 1.1574074074074073E-5 second^-1}
     */
    static String toText(List<Unit> units) {
        double factor = 1;
        List<String> parts = new ArrayList<>();
        for (Unit u : units) {
            double e = u.getExponent();
            factor *= Math.pow(u.getMultiplier() * Math.pow(10, u.getScale()), e);
            if (u.getKind() == Unit.Kind.DIMENSIONLESS) {
                continue;
            }
            String name = u.getKind().name().toLowerCase(Locale.ROOT);
            parts.add(e == 1 ? name : name + "^" + number(e));
        }
        if (parts.isEmpty()) {
            return factor == 1 ? "dimensionless" : number(factor) + " dimensionless";
        }
        return (factor == 1 ? "" : number(factor) + " ") + String.join(" ", parts);
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** Recursive descent over the kernel's unit grammar: products (juxtaposition), * and /, name^n. */
    private static final class Parser {
        private final String s;
        private final Function<String, Value> names;
        private int i;

        Parser(String s, Function<String, Value> names) {
            this.s = s;
            this.names = names;
        }

        Value expr() {
            Value v = product();
            while (true) {
                skip();
                if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
                    char op = s.charAt(i++);
                    v = v.times(product(), op == '*' ? 1 : -1);
                } else {
                    return v;
                }
            }
        }

        private Value product() {
            Value v = atom();
            while (true) {
                skip();
                if (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '(' || s.charAt(i) == '.')) {
                    v = v.times(atom(), 1);
                } else {
                    return v;
                }
            }
        }

        private Value atom() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("incomplete unit expression '" + s + "'");
            }
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                Value v = expr();
                skip();
                expect(')');
                return v;
            }
            if (Character.isDigit(c) || c == '.') {
                return new Value(number(), Map.of());
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' in unit expression '" + s + "'");
            }
            Value v = names.apply(s.substring(start, i));
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

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' in unit expression '" + s + "'");
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
