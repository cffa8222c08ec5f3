package org.aftermath.kernel.compile;

import java.util.List;
import java.util.function.Function;
import org.aftermath.kernel.expr.Expr;

/**
 * Writes an {@link Expr} as a Java expression, fully parenthesised in the tree order of the expression, with the
 * same operations as {@link JavaSourceGenerator} emits (comparisons and logical operators as 1.0/0.0,
 * {@code Math.pow}, {@code Math.log} for {@code ln}, {@link org.aftermath.kernel.expr.Functions#hill}), so that
 * generated code built with it computes the same numbers. Names are written by the caller's resolver, and calls
 * that only generated code knows (a model's {@code delay}, a tangent's guarded product) by the caller's
 * {@link Special}. The one writer of expressions for {@link JavaSourceGenerator} and {@link TangentGenerator}.
 */
final class JavaExprWriter {

    private static final String FUNCTIONS = "org.aftermath.kernel.expr.Functions";

    /**
     * A guarded product of generated code (not a function of the expression language): {@code GUARDED(a, d)} is
     * written {@code (d == 0.0 ? 0.0 : a * d)}, a tangent term that is 0 wherever its direction d is 0.
     */
    static final String GUARDED = "guarded$";

    /** Writes the calls a generator knows and the expression language does not. */
    @FunctionalInterface
    interface Special {
        /**
         * @param c      a call
         * @param writer the writer, for the call's arguments
         * @param b      where the Java text goes
         * @return false (having written nothing) when {@code c} is an ordinary function of the language
         */
        boolean write(Expr.Call c, JavaExprWriter writer, StringBuilder b);
    }

    /** Writes {@link #GUARDED} products; every other call is left to the writer. */
    static final Special GUARDED_PRODUCT = (c, w, b) -> {
        if (!c.function().equals(GUARDED)) {
            return false;
        }
        List<Expr> args = c.args();
        b.append('(');
        w.write(args.get(1), b);
        b.append(" == 0.0 ? 0.0 : ");
        w.write(args.get(0), b);
        b.append(" * ");
        w.write(args.get(1), b);
        b.append(')');
        return true;
    };

    private final Function<String, String> names;
    private final Special special;

    /**
     * @param names   the Java text of each referenced name (a slot, a local, a work-array element)
     * @param special the calls only the caller knows
     */
    JavaExprWriter(Function<String, String> names, Special special) {
        this.names = names;
        this.special = special;
    }

    /** @return the Java text of {@code e} */
    String write(Expr e) {
        StringBuilder b = new StringBuilder();
        write(e, b);
        return b.toString();
    }

    /** Appends the Java text of {@code e} to {@code b}. */
    void write(Expr e, StringBuilder b) {
        if (e instanceof Expr.Num n) {
            b.append(literal(n.value()));
        } else if (e instanceof Expr.Ref r) {
            b.append(names.apply(r.name()));
        } else if (e instanceof Expr.Unary u) {
            b.append(u.op() == Expr.UnaryOp.NEG ? "(-" : "(");
            write(u.operand(), b);
            b.append(u.op() == Expr.UnaryOp.NEG ? ")" : " == 0.0 ? 1.0 : 0.0)");
        } else if (e instanceof Expr.Binary bin) {
            binary(bin, b);
        } else if (e instanceof Expr.Piecewise pw) {
            for (int i = 0; i < pw.values().size(); i++) {
                b.append('(');
                write(pw.conditions().get(i), b);
                b.append(" != 0.0 ? ");
                write(pw.values().get(i), b);
                b.append(" : ");
            }
            write(pw.otherwise(), b);
            b.append(")".repeat(pw.values().size()));
        } else if (!special.write((Expr.Call) e, this, b)) {
            call((Expr.Call) e, b);
        }
    }

    private void binary(Expr.Binary e, StringBuilder b) {
        switch (e.op()) {
            case POW -> {
                b.append("Math.pow(");
                write(e.left(), b);
                b.append(", ");
                write(e.right(), b);
                b.append(')');
            }
            case AND, OR -> {
                b.append('(');
                write(e.left(), b);
                b.append(e.op() == Expr.BinaryOp.AND ? " != 0.0 && " : " != 0.0 || ");
                write(e.right(), b);
                b.append(" != 0.0 ? 1.0 : 0.0)");
            }
            default -> {
                String op = switch (e.op()) {
                    case ADD -> " + ";
                    case SUB -> " - ";
                    case MUL -> " * ";
                    case DIV -> " / ";
                    case LT -> " < ";
                    case LE -> " <= ";
                    case GT -> " > ";
                    case GE -> " >= ";
                    case EQ -> " == ";
                    default -> " != ";
                };
                boolean comparison = switch (e.op()) {
                    case LT, LE, GT, GE, EQ, NE -> true;
                    default -> false;
                };
                b.append('(');
                write(e.left(), b);
                b.append(op);
                write(e.right(), b);
                b.append(comparison ? " ? 1.0 : 0.0)" : ")");
            }
        }
    }

    private void call(Expr.Call c, StringBuilder b) {
        List<Expr> args = c.args();
        if (c.function().equals("min") || c.function().equals("max")) {
            b.append(("Math." + c.function() + "(").repeat(args.size() - 1));
            write(args.get(0), b);
            for (int i = 1; i < args.size(); i++) {
                b.append(", ");
                write(args.get(i), b);
                b.append(')');
            }
            return;
        }
        String f = switch (c.function()) {
            case "exp" -> "Math.exp";
            case "ln" -> "Math.log";
            case "log10" -> "Math.log10";
            case "sqrt" -> "Math.sqrt";
            case "abs" -> "Math.abs";
            case "hill" -> FUNCTIONS + ".hill";
            case "hillr" -> FUNCTIONS + ".hillr";
            case "floor", "ceil", "sin", "cos", "tan", "sinh", "cosh", "tanh" -> "Math." + c.function();
            case "arcsin", "arccos", "arctan" -> "Math.a" + c.function().substring(3);
            case "factorial", "quotient", "rem", "sec", "csc", "cot", "sech", "csch", "coth", "arcsec",
                 "arccsc", "arccot", "arcsinh", "arccosh", "arctanh", "arcsech", "arccsch", "arccoth"
                    -> FUNCTIONS + "." + c.function();
            default -> throw new IllegalArgumentException("unknown function '" + c.function() + "'");
        };
        b.append(f).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            write(args.get(i), b);
        }
        b.append(')');
    }

    /** @return a Java literal of {@code v} (negative values parenthesised, NaN and infinities by name) */
    static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        String t = Double.toString(v);
        return t.startsWith("-") ? "(" + t + ")" : t;
    }
}
