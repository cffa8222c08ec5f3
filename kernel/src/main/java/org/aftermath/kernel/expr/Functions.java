package org.aftermath.kernel.expr;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hipparchus.special.Gamma;

/**
 * The built-in functions of the expression language, with their arity (-1: two or more). The
 * names are those of SBML's text form (libSBML's L3 formula syntax).
 * <ul>
 *   <li>{@code exp(x)}, {@code ln(x)}, {@code log10(x)}, {@code sqrt(x)}, {@code abs(x)},
 *       {@code floor(x)}, {@code ceil(x)}, {@code factorial(x)} (Γ(x + 1); n! for whole n)</li>
 *   <li>{@code min(a, b, ...)}, {@code max(a, b, ...)}</li>
 *   <li>{@code hill(x, K, n)} = x^n / (K^n + x^n) — activation, 0 at x = 0, 1/2 at x = K</li>
 *   <li>{@code hillr(x, K, n)} = K^n / (K^n + x^n) — repression, 1 at x = 0, 1/2 at x = K</li>
 *   <li>trigonometric {@code sin cos tan sec csc cot}, hyperbolic {@code sinh cosh tanh sech
 *       csch coth}, and their inverses {@code arcsin arccos arctan arcsec arccsc arccot arcsinh
 *       arccosh arctanh arcsech arccsch arccoth} (the reciprocal ones as in MathML:
 *       {@code arccot(x) = arctan(1/x)}, {@code arcsec(x) = arccos(1/x)}, ...)</li>
 *   <li>{@code quotient(a, b)}: a/b truncated towards zero; {@code rem(a, b)}: a − b·quotient(a, b)
 *       (the sign of a)</li>
 *   <li>{@code rateOf(x)}: the time derivative of the variable x (x must be a name); the compiler
 *       replaces it by x's right-hand side</li>
 *   <li>{@code delay(x, d)}: the value x had d time units earlier (the simulator keeps a history;
 *       before the start, x's value at the start)</li>
 * </ul>
 * {@code x^y} is {@code Math.pow}. {@code piecewise(v1, c1, ..., otherwise)} is syntax, see
 * {@link Expr.Piecewise}.
 */
public final class Functions {
    /** Name → arity; -1 means variadic with at least two arguments. */
    public static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("exp", 1), Map.entry("ln", 1), Map.entry("log10", 1), Map.entry("sqrt", 1),
            Map.entry("abs", 1), Map.entry("floor", 1), Map.entry("ceil", 1), Map.entry("factorial", 1),
            Map.entry("min", -1), Map.entry("max", -1),
            Map.entry("hill", 3), Map.entry("hillr", 3),
            Map.entry("sin", 1), Map.entry("cos", 1), Map.entry("tan", 1),
            Map.entry("sec", 1), Map.entry("csc", 1), Map.entry("cot", 1),
            Map.entry("sinh", 1), Map.entry("cosh", 1), Map.entry("tanh", 1),
            Map.entry("sech", 1), Map.entry("csch", 1), Map.entry("coth", 1),
            Map.entry("arcsin", 1), Map.entry("arccos", 1), Map.entry("arctan", 1),
            Map.entry("arcsec", 1), Map.entry("arccsc", 1), Map.entry("arccot", 1),
            Map.entry("arcsinh", 1), Map.entry("arccosh", 1), Map.entry("arctanh", 1),
            Map.entry("arcsech", 1), Map.entry("arccsch", 1), Map.entry("arccoth", 1),
            Map.entry("quotient", 2), Map.entry("rem", 2),
            Map.entry(Functions.RATE_OF, 1), Map.entry(Functions.DELAY, 2));

    /** The name of the time-derivative function. */
    public static final String RATE_OF = "rateOf";
    /** The name of the delay function. */
    public static final String DELAY = "delay";

    private Functions() { }

    /** @return true if {@code name} is a built-in function */
    public static boolean isFunction(String name) {
        return ARITY.containsKey(name);
    }

    /**
     * Checks a call's argument count.
     *
     * @param function a function name
     * @param argumentCount the number of arguments in the call
     * @return empty when the call is valid, else a message naming the function and its arity
     *         (or, for an unknown name, the built-in functions)
     */
    public static Optional<String> arityProblem(String function, int argumentCount) {
        Integer arity = ARITY.get(function);
        if (arity == null) {
            return Optional.of("unknown function '" + function + "' (built-in functions: "
                    + String.join(", ", new TreeSet<>(ARITY.keySet())) + ", piecewise)");
        }
        if (arity < 0 && argumentCount < 2) {
            return Optional.of("function '" + function + "' takes 2 or more arguments, got " + argumentCount);
        }
        if (arity >= 0 && argumentCount != arity) {
            return Optional.of("function '" + function + "' takes " + arity + " argument"
                    + (arity == 1 ? "" : "s") + ", got " + argumentCount);
        }
        return Optional.empty();
    }

    /** Hill activation x^n / (K^n + x^n); 0 for x &lt;= 0. */
    public static double hill(double x, double k, double n) {
        if (x <= 0) {
            return 0.0;
        }
        double xn = Math.pow(x, n);
        return xn / (Math.pow(k, n) + xn);
    }

    /** Hill repression K^n / (K^n + x^n); 1 for x &lt;= 0. */
    public static double hillr(double x, double k, double n) {
        if (x <= 0) {
            return 1.0;
        }
        double kn = Math.pow(k, n);
        return kn / (kn + Math.pow(x, n));
    }

    /** @return x! for whole x &gt;= 0 (exact up to 170!), Γ(x + 1) otherwise */
    public static double factorial(double x) {
        if (x >= 0 && x <= 170 && x == Math.rint(x)) {
            double f = 1;
            for (int i = 2; i <= (int) x; i++) {
                f *= i;
            }
            return f;
        }
        return Gamma.gamma(x + 1);
    }

    /** @return a/b truncated towards zero */
    public static double quotient(double a, double b) {
        double q = a / b;
        return q < 0 ? Math.ceil(q) : Math.floor(q);
    }

    /** @return a − b·quotient(a, b), with the sign of a */
    public static double rem(double a, double b) {
        return a % b;
    }

    public static double sec(double x) {
        return 1 / Math.cos(x);
    }

    public static double csc(double x) {
        return 1 / Math.sin(x);
    }

    public static double cot(double x) {
        return Math.cos(x) / Math.sin(x);
    }

    public static double sech(double x) {
        return 1 / Math.cosh(x);
    }

    public static double csch(double x) {
        return 1 / Math.sinh(x);
    }

    public static double coth(double x) {
        return Math.cosh(x) / Math.sinh(x);
    }

    public static double arcsec(double x) {
        return Math.acos(1 / x);
    }

    public static double arccsc(double x) {
        return Math.asin(1 / x);
    }

    public static double arccot(double x) {
        return Math.atan(1 / x);
    }

    public static double arcsinh(double x) {
        return Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
    }

    public static double arccosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }

    public static double arctanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    public static double arcsech(double x) {
        return arccosh(1 / x);
    }

    public static double arccsch(double x) {
        return arcsinh(1 / x);
    }

    public static double arccoth(double x) {
        return arctanh(1 / x);
    }
}
