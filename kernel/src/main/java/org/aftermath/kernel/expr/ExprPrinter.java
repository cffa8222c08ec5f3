package org.aftermath.kernel.expr;

import java.util.List;

/**
 * Prints expressions as text that {@link ExprParser} (and Antimony/libSBML) reads back to an
 * equal {@link Expr}. Parentheses appear only where precedence needs them, with three
 * deliberate additions so that libSBML cannot read the text differently: comparisons are never
 * chained ({@code (a < b) == c}), {@code &&} and {@code ||} are never mixed without parentheses,
 * and a negated literal prints as {@code -(2)} because {@code -2} is the literal minus two.
 */
public final class ExprPrinter {

    private static final int LOGIC = 1;
    private static final int COMPARE = 2;
    private static final int ADD = 3;
    private static final int MUL = 4;
    private static final int UNARY = 5;
    private static final int POW = 6;
    private static final int ATOM = 7;

    private ExprPrinter() { }

    /**
     * @param e an expression whose numbers are finite
     * @return its text
     * @throws IllegalArgumentException if a literal is NaN or infinite (Antimony has no literal
     *                                  for them)
     */
    public static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        print(e, out);
        return out.toString();
    }

    /**
     * Formats a finite number as the shortest decimal text that parses back to the same double,
     * without a trailing {@code .0}: {@code 1e9}, {@code 0.0693}, {@code 3}, {@code -1.5e-7}.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    public static String formatNumber(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Antimony has no literal for " + v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return e < 0 ? mantissa : mantissa + "e" + s.substring(e + 1);
    }

    private static void print(Expr e, StringBuilder out) {
        if (e instanceof Expr.Num n) {
            out.append(formatNumber(n.value()));
        } else if (e instanceof Expr.Ref r) {
            out.append(r.name());
        } else if (e instanceof Expr.Call c) {
            out.append(c.function()).append('(');
            printList(c.args(), out);
            out.append(')');
        } else if (e instanceof Expr.Piecewise pw) {
            out.append("piecewise(");
            for (int i = 0; i < pw.values().size(); i++) {
                print(pw.values().get(i), out);
                out.append(", ");
                print(pw.conditions().get(i), out);
                out.append(", ");
            }
            print(pw.otherwise(), out);
            out.append(')');
        } else if (e instanceof Expr.Unary u) {
            printUnary(u, out);
        } else {
            printBinary((Expr.Binary) e, out);
        }
    }

    private static void printList(List<Expr> args, StringBuilder out) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            print(args.get(i), out);
        }
    }

    private static void printUnary(Expr.Unary u, StringBuilder out) {
        Expr x = u.operand();
        out.append(u.op() == Expr.UnaryOp.NEG ? "-" : "!");
        boolean parens = level(x) < UNARY
                || (u.op() == Expr.UnaryOp.NEG && (x instanceof Expr.Num || startsWithMinus(x)));
        wrap(x, parens, out);
    }

    private static boolean startsWithMinus(Expr x) {
        return x instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG;
    }

    /**
     * Prints a binary operation; the left operands printed without parentheses (the left spine
     * of a chain such as {@code a + b - c ...}) are walked in a loop, so a long chain costs no
     * stack depth.
     */
    private static void printBinary(Expr.Binary top, StringBuilder out) {
        List<Expr.Binary> spine = new java.util.ArrayList<>();
        Expr.Binary b = top;
        spine.add(b);
        while (b.left() instanceof Expr.Binary lb && !leftParens(b, lb)) {
            b = lb;
            spine.add(b);
        }
        wrap(b.left(), leftParens(b, b.left()), out);
        for (int i = spine.size() - 1; i >= 0; i--) {
            Expr.Binary n = spine.get(i);
            out.append(symbol(n.op()));
            wrap(n.right(), rightParens(n, n.right()), out);
        }
    }

    private static boolean leftParens(Expr.Binary b, Expr l) {
        int level = level(b);
        if (level == POW) {
            return level(l) <= POW;
        } else if (level == COMPARE) {
            return level(l) <= COMPARE;
        } else if (level == LOGIC) {
            return level(l) < LOGIC || (l instanceof Expr.Binary lb && level(lb) == LOGIC && lb.op() != b.op());
        }
        return level(l) < level;
    }

    private static boolean rightParens(Expr.Binary b, Expr r) {
        int level = level(b);
        if (level == POW) {
            return level(r) < POW;
        } else if (level == COMPARE || level == LOGIC) {
            return level(r) <= level;
        }
        return level(r) <= level;
    }

    private static void wrap(Expr e, boolean parens, StringBuilder out) {
        if (parens) {
            out.append('(');
            print(e, out);
            out.append(')');
        } else {
            print(e, out);
        }
    }

    private static String symbol(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> " + ";
            case SUB -> " - ";
            case MUL -> "*";
            case DIV -> "/";
            case POW -> "^";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
            case EQ -> " == ";
            case NE -> " != ";
            case AND -> " && ";
            case OR -> " || ";
        };
    }

    private static int level(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value() < 0 || Double.doubleToRawLongBits(n.value()) == Long.MIN_VALUE ? UNARY : ATOM;
        }
        if (e instanceof Expr.Unary) {
            return UNARY;
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case AND, OR -> LOGIC;
                case LT, LE, GT, GE, EQ, NE -> COMPARE;
                case ADD, SUB -> ADD;
                case MUL, DIV -> MUL;
                case POW -> POW;
            };
        }
        return ATOM;
    }
}
