package org.aftermath.fit.objective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Differentiator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;

/**
 * An observable or noise formula, evaluated by interpretation on the values of the names it reads, with its
 * partial derivative by each of them (symbolic, {@link Differentiator}). Formulas are small and evaluated only
 * at measurement times, so an interpreter suffices; its arithmetic is the kernel's (Math functions,
 * {@link Functions#hill}, comparisons as 1/0).
 */
final class Formula {

    private final Expr expr;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final Expr[] partials;

    Formula(Expr expr) {
        this.expr = expr;
        this.names = new ArrayList<>(expr.references());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        partials = new Expr[names.size()];
        for (int i = 0; i < partials.length; i++) {
            partials[i] = Differentiator.derivative(expr, names.get(i));
        }
    }

    /** @return the names the formula reads, in first-use order (the order of the value arrays) */
    List<String> names() {
        return names;
    }

    /** @return the formula's value, given the value of each name in {@link #names()} order */
    double value(double[] values) {
        return eval(expr, values);
    }

    /** Writes ∂formula/∂name_i to {@code out[i]}. */
    void partials(double[] values, double[] out) {
        for (int i = 0; i < partials.length; i++) {
            out[i] = eval(partials[i], values);
        }
    }

    private double eval(Expr e, double[] v) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Ref r) {
            return v[index.get(r.name())];
        }
        if (e instanceof Expr.Unary u) {
            double x = eval(u.operand(), v);
            return u.op() == Expr.UnaryOp.NEG ? -x : (x == 0.0 ? 1.0 : 0.0);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b, v);
        }
        if (e instanceof Expr.Piecewise p) {
            for (int i = 0; i < p.values().size(); i++) {
                if (eval(p.conditions().get(i), v) != 0.0) {
                    return eval(p.values().get(i), v);
                }
            }
            return eval(p.otherwise(), v);
        }
        return call((Expr.Call) e, v);
    }

    private double binary(Expr.Binary b, double[] v) {
        double l = eval(b.left(), v);
        if (b.op() == Expr.BinaryOp.AND) {
            return l != 0.0 && eval(b.right(), v) != 0.0 ? 1.0 : 0.0;
        }
        if (b.op() == Expr.BinaryOp.OR) {
            return l != 0.0 || eval(b.right(), v) != 0.0 ? 1.0 : 0.0;
        }
        double r = eval(b.right(), v);
        return switch (b.op()) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> l / r;
            case POW -> Math.pow(l, r);
            case LT -> l < r ? 1.0 : 0.0;
            case LE -> l <= r ? 1.0 : 0.0;
            case GT -> l > r ? 1.0 : 0.0;
            case GE -> l >= r ? 1.0 : 0.0;
            case EQ -> l == r ? 1.0 : 0.0;
            case NE -> l != r ? 1.0 : 0.0;
            default -> throw new IllegalStateException("operator " + b.op());
        };
    }

    private double call(Expr.Call c, double[] v) {
        List<Expr> a = c.args();
        switch (c.function()) {
            case "exp":
                return Math.exp(eval(a.get(0), v));
            case "ln":
                return Math.log(eval(a.get(0), v));
            case "log10":
                return Math.log10(eval(a.get(0), v));
            case "sqrt":
                return Math.sqrt(eval(a.get(0), v));
            case "abs":
                return Math.abs(eval(a.get(0), v));
            case "hill":
                return Functions.hill(eval(a.get(0), v), eval(a.get(1), v), eval(a.get(2), v));
            case "hillr":
                return Functions.hillr(eval(a.get(0), v), eval(a.get(1), v), eval(a.get(2), v));
            case "min":
            case "max": {
                double acc = eval(a.get(0), v);
                for (int i = 1; i < a.size(); i++) {
                    double x = eval(a.get(i), v);
                    acc = c.function().equals("min") ? Math.min(acc, x) : Math.max(acc, x);
                }
                return acc;
            }
            default:
                throw new IllegalArgumentException("unknown function '" + c.function() + "'");
        }
    }
}
