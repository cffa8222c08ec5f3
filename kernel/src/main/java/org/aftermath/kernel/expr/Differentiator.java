package org.aftermath.kernel.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Symbolic differentiation of expressions, simplified as it is built: numbers fold, and
 * {@code 0 + x}, {@code 1*x}, {@code 0*x}, {@code x^1}, {@code x^0}, {@code --x} collapse
 * (so {@code 0*x} is 0 even where x is infinite, as usual for symbolic Jacobians).
 *
 * <p>Piecewise functions differentiate branch by branch under the same conditions (the derivative
 * of the active branch): {@code abs(u)}' is {@code u'} where {@code u >= 0}, {@code min(a, b)}'
 * is {@code a'} where {@code a <= b} (the branch {@code Math.min} returns), {@code max} likewise
 * with {@code >=}, and {@code hill}, {@code hillr} are 0 where their first argument is
 * {@code <= 0}. Comparisons and logical operators have derivative 0.
 */
public final class Differentiator {

    private static final Expr ZERO = Expr.num(0);
    private static final Expr ONE = Expr.num(1);
    private static final double LN_10 = Math.log(10);

    private final Function<String, Expr> nameDerivative;

    private Differentiator(Function<String, Expr> nameDerivative) {
        this.nameDerivative = nameDerivative;
    }

    /**
     * @return d e / d variable, treating every other name as a constant
     */
    public static Expr derivative(Expr e, String variable) {
        return derivative(e, name -> name.equals(variable) ? ONE : ZERO);
    }

    /**
     * Differentiates with a chain rule through names: the derivative of {@code Ref(n)} is
     * {@code nameDerivative.apply(n)} (for example 1 for the variable, 0 for constants, or a
     * reference to a precomputed derivative of an intermediate quantity).
     */
    public static Expr derivative(Expr e, Function<String, Expr> nameDerivative) {
        return new Differentiator(nameDerivative).d(e);
    }

    private Expr d(Expr e) {
        if (e instanceof Expr.Num) {
            return ZERO;
        }
        if (e instanceof Expr.Ref r) {
            return nameDerivative.apply(r.name());
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NEG ? neg(d(u.operand())) : ZERO;
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Piecewise pw) {
            List<Expr> values = new ArrayList<>();
            for (Expr v : pw.values()) {
                values.add(d(v));
            }
            return piecewise(values, pw.conditions(), d(pw.otherwise()));
        }
        return call((Expr.Call) e);
    }

    /**
     * The sum, difference, product and quotient rules along the left spine of a chain
     * ({@code a + b * c - d ...}), walked in a loop from its bottom so that a long chain costs no
     * stack depth; each step's d(left) is the derivative built so far.
     */
    private Expr binary(Expr.Binary top) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = top;
        while (bottom instanceof Expr.Binary b && arithmetic(b.op())) {
            spine.add(b);
            bottom = b.left();
        }
        if (spine.isEmpty()) {
            return top.op() == Expr.BinaryOp.POW ? power(top.left(), top.right()) : ZERO;
        }
        Expr dl = d(bottom);
        for (int i = spine.size() - 1; i >= 0; i--) {
            Expr.Binary b = spine.get(i);
            Expr l = b.left();
            Expr r = b.right();
            dl = switch (b.op()) {
                case ADD -> add(dl, d(r));
                case SUB -> sub(dl, d(r));
                case MUL -> add(mul(dl, r), mul(l, d(r)));
                default -> sub(div(dl, r), div(mul(l, d(r)), mul(r, r)));
            };
        }
        return dl;
    }

    private static boolean arithmetic(Expr.BinaryOp op) {
        return op == Expr.BinaryOp.ADD || op == Expr.BinaryOp.SUB || op == Expr.BinaryOp.MUL || op == Expr.BinaryOp.DIV;
    }

    private Expr power(Expr base, Expr exponent) {
        Expr db = d(base);
        Expr de = d(exponent);
        if (isZero(de)) {
            return mul(mul(exponent, pow(base, sub(exponent, ONE))), db);
        }
        Expr lnBase = Expr.call("ln", base);
        if (isZero(db)) {
            return mul(mul(pow(base, exponent), lnBase), de);
        }
        return mul(pow(base, exponent), add(mul(de, lnBase), div(mul(exponent, db), base)));
    }

    private Expr call(Expr.Call c) {
        List<Expr> a = c.args();
        switch (c.function()) {
            case "exp":
                return mul(c, d(a.get(0)));
            case "ln":
                return div(d(a.get(0)), a.get(0));
            case "log10":
                return div(d(a.get(0)), mul(a.get(0), Expr.num(LN_10)));
            case "sqrt":
                return div(d(a.get(0)), mul(Expr.num(2), c));
            case "abs": {
                Expr du = d(a.get(0));
                return piecewise(List.of(du), List.of(Expr.bin(Expr.BinaryOp.GE, a.get(0), ZERO)), neg(du));
            }
            case "min":
                return extremum(a, Expr.BinaryOp.LE);
            case "max":
                return extremum(a, Expr.BinaryOp.GE);
            case "hill":
            case "hillr": {
                Expr x = a.get(0);
                Expr k = a.get(1);
                Expr n = a.get(2);
                Expr kn = pow(k, n);
                Expr xn = pow(x, n);
                Expr closedForm = div(c.function().equals("hill") ? xn : kn, add(kn, xn));
                return piecewise(List.of(ZERO), List.of(Expr.bin(Expr.BinaryOp.LE, x, ZERO)), d(closedForm));
            }
            case "floor":
            case "ceil":
            case "quotient":
            case "factorial":
            case Functions.DELAY:
                // piecewise constant (factorial: defined on whole numbers); a delayed value does not
                // depend on the present state
                return ZERO;
            case "rem": {
                Expr q = Expr.call("quotient", a.get(0), a.get(1));
                return sub(d(a.get(0)), mul(q, d(a.get(1))));
            }
            default:
                return elementary(c.function(), a.get(0));
        }
    }

    /** The trigonometric and hyperbolic functions and their inverses, by the chain rule. */
    private Expr elementary(String f, Expr u) {
        Expr du = d(u);
        if (isZero(du)) {
            return ZERO;
        }
        Expr u2 = mul(u, u);
        Expr outer = switch (f) {
            case "sin" -> Expr.call("cos", u);
            case "cos" -> neg(Expr.call("sin", u));
            case "tan" -> pow(Expr.call("sec", u), Expr.num(2));
            case "sec" -> mul(Expr.call("sec", u), Expr.call("tan", u));
            case "csc" -> neg(mul(Expr.call("csc", u), Expr.call("cot", u)));
            case "cot" -> neg(pow(Expr.call("csc", u), Expr.num(2)));
            case "sinh" -> Expr.call("cosh", u);
            case "cosh" -> Expr.call("sinh", u);
            case "tanh" -> pow(Expr.call("sech", u), Expr.num(2));
            case "sech" -> neg(mul(Expr.call("sech", u), Expr.call("tanh", u)));
            case "csch" -> neg(mul(Expr.call("csch", u), Expr.call("coth", u)));
            case "coth" -> neg(pow(Expr.call("csch", u), Expr.num(2)));
            case "arcsin" -> div(ONE, Expr.call("sqrt", sub(ONE, u2)));
            case "arccos" -> neg(div(ONE, Expr.call("sqrt", sub(ONE, u2))));
            case "arctan" -> div(ONE, add(ONE, u2));
            case "arcsec" -> div(ONE, mul(Expr.call("abs", u), Expr.call("sqrt", sub(u2, ONE))));
            case "arccsc" -> neg(div(ONE, mul(Expr.call("abs", u), Expr.call("sqrt", sub(u2, ONE)))));
            case "arccot" -> neg(div(ONE, add(ONE, u2)));
            case "arcsinh" -> div(ONE, Expr.call("sqrt", add(u2, ONE)));
            case "arccosh" -> div(ONE, Expr.call("sqrt", sub(u2, ONE)));
            case "arctanh", "arccoth" -> div(ONE, sub(ONE, u2));
            case "arcsech" -> neg(div(ONE, mul(u, Expr.call("sqrt", sub(ONE, u2)))));
            case "arccsch" -> neg(div(ONE, mul(Expr.call("abs", u), Expr.call("sqrt", add(ONE, u2)))));
            default -> throw new IllegalArgumentException("cannot differentiate unknown function '" + f + "'");
        };
        return mul(outer, du);
    }

    /** min/max of n arguments is op(op(a1..a(n-1)), an); differentiate the active branch. */
    private Expr extremum(List<Expr> args, Expr.BinaryOp keepLeftWhen) {
        String f = keepLeftWhen == Expr.BinaryOp.LE ? "min" : "max";
        Expr last = args.get(args.size() - 1);
        Expr rest = args.size() == 2 ? args.get(0) : new Expr.Call(f, args.subList(0, args.size() - 1));
        return piecewise(List.of(d(rest)), List.of(Expr.bin(keepLeftWhen, rest, last)), d(last));
    }

    // ------------------------------------------------------------------ simplifying constructors

    private static boolean isZero(Expr e) {
        return e instanceof Expr.Num n && n.value() == 0.0;
    }

    private static boolean isOne(Expr e) {
        return e instanceof Expr.Num n && n.value() == 1.0;
    }

    private static Expr add(Expr a, Expr b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            return Expr.num(x.value() + y.value());
        }
        return Expr.bin(Expr.BinaryOp.ADD, a, b);
    }

    private static Expr sub(Expr a, Expr b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            return Expr.num(x.value() - y.value());
        }
        return Expr.bin(Expr.BinaryOp.SUB, a, b);
    }

    private static Expr mul(Expr a, Expr b) {
        if (isZero(a) || isZero(b)) {
            return ZERO;
        }
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            return Expr.num(x.value() * y.value());
        }
        return Expr.bin(Expr.BinaryOp.MUL, a, b);
    }

    private static Expr div(Expr a, Expr b) {
        if (isZero(a)) {
            return ZERO;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            return Expr.num(x.value() / y.value());
        }
        return Expr.bin(Expr.BinaryOp.DIV, a, b);
    }

    private static Expr pow(Expr a, Expr b) {
        if (isZero(b)) {
            return ONE;
        }
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Expr.Num x && b instanceof Expr.Num y) {
            return Expr.num(Math.pow(x.value(), y.value()));
        }
        return Expr.bin(Expr.BinaryOp.POW, a, b);
    }

    private static Expr neg(Expr a) {
        if (a instanceof Expr.Num x) {
            return Expr.num(-x.value());
        }
        if (a instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            return u.operand();
        }
        return new Expr.Unary(Expr.UnaryOp.NEG, a);
    }

    private static Expr piecewise(List<Expr> values, List<Expr> conditions, Expr otherwise) {
        boolean allSame = true;
        for (Expr v : values) {
            allSame &= v.equals(otherwise);
        }
        return allSame ? otherwise : new Expr.Piecewise(values, conditions, otherwise);
    }
}
