package org.aftermath.kernel.expr;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The built-in functions of the expression language, with their arity (-1: two or more).
 * <ul>
 *   <li>{@code exp(x)}, {@code ln(x)}, {@code log10(x)}, {@code sqrt(x)}, {@code abs(x)}</li>
 *   <li>{@code min(a, b, ...)}, {@code max(a, b, ...)}</li>
 *   <li>{@code hill(x, K, n)} = x^n / (K^n + x^n) — activation, 0 at x = 0, 1/2 at x = K</li>
 *   <li>{@code hillr(x, K, n)} = K^n / (K^n + x^n) — repression, 1 at x = 0, 1/2 at x = K</li>
 * </ul>
 * {@code x^y} is {@code Math.pow}. {@code piecewise(v1, c1, ..., otherwise)} is syntax, see
 * {@link Expr.Piecewise}.
 */
public final class Functions {
    /** Name → arity; -1 means variadic with at least two arguments. */
    public static final Map<String, Integer> ARITY = Map.of(
            "exp", 1, "ln", 1, "log10", 1, "sqrt", 1, "abs", 1,
            "min", -1, "max", -1,
            "hill", 3, "hillr", 3);

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
}
