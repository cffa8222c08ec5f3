package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.sbml.jsbml.ASTNode;

/**
 * SBML MathML ({@link ASTNode}) back to the kernel's {@link Expr}: the constructs
 * {@link MathToSbml} writes (arithmetic, relational and logical operators, exp, ln, log with
 * base 10, square root, abs, min, max, piecewise, time, numbers, names, calls of hill and
 * hillr), plus {@code true}/{@code false}, pi and e. Anything else is refused with a message
 * naming the construct.
 */
final class MathFromSbml {

    private MathFromSbml() { }

    /**
     * @param n       a MathML tree
     * @param context what the math belongs to, for messages
     * @return the kernel expression
     * @throws UnsupportedSbmlException for a construct the kernel does not support
     */
    static Expr convert(ASTNode n, String context) {
        ASTNode.Type t = n.getType();
        switch (t) {
            case INTEGER:
                return Expr.num(n.getInteger());
            case REAL:
            case REAL_E:
            case RATIONAL:
                return Expr.num(n.getReal());
            case CONSTANT_TRUE:
                return Expr.num(1);
            case CONSTANT_FALSE:
                return Expr.num(0);
            case CONSTANT_PI:
                return Expr.num(Math.PI);
            case CONSTANT_E:
                return Expr.num(Math.E);
            case NAME_TIME:
                return Expr.ref("time");
            case NAME:
                return Expr.ref(n.getName());
            case PLUS:
                return fold(Expr.BinaryOp.ADD, n, context, 0);
            case TIMES:
                return fold(Expr.BinaryOp.MUL, n, context, 1);
            case MINUS:
                if (n.getChildCount() == 1) {
                    return new Expr.Unary(Expr.UnaryOp.NEG, arg(n, 0, context));
                }
                return binary(Expr.BinaryOp.SUB, n, context);
            case DIVIDE:
                return binary(Expr.BinaryOp.DIV, n, context);
            case POWER:
            case FUNCTION_POWER:
                return binary(Expr.BinaryOp.POW, n, context);
            case RELATIONAL_LT:
                return binary(Expr.BinaryOp.LT, n, context);
            case RELATIONAL_LEQ:
                return binary(Expr.BinaryOp.LE, n, context);
            case RELATIONAL_GT:
                return binary(Expr.BinaryOp.GT, n, context);
            case RELATIONAL_GEQ:
                return binary(Expr.BinaryOp.GE, n, context);
            case RELATIONAL_EQ:
                return binary(Expr.BinaryOp.EQ, n, context);
            case RELATIONAL_NEQ:
                return binary(Expr.BinaryOp.NE, n, context);
            case LOGICAL_AND:
                return fold(Expr.BinaryOp.AND, n, context, 1);
            case LOGICAL_OR:
                return fold(Expr.BinaryOp.OR, n, context, 0);
            case LOGICAL_NOT:
                return new Expr.Unary(Expr.UnaryOp.NOT, arg(n, 0, context));
            case FUNCTION_EXP:
                return call("exp", n, context);
            case FUNCTION_LN:
                return call("ln", n, context);
            case FUNCTION_ABS:
                return call("abs", n, context);
            case FUNCTION_MIN:
                return call("min", n, context);
            case FUNCTION_MAX:
                return call("max", n, context);
            case FUNCTION_LOG:
                return logOrRoot(n, "log10", 10, context);
            case FUNCTION_ROOT:
                return logOrRoot(n, "sqrt", 2, context);
            case FUNCTION_PIECEWISE:
                return piecewise(n, context);
            case FUNCTION:
                if ("hill".equals(n.getName()) || "hillr".equals(n.getName())) {
                    return call(n.getName(), n, context);
                }
                throw new UnsupportedSbmlException("call of function definition '" + n.getName() + "' in " + context
                        + " (only hill and hillr, as Aftermath writes them, are supported)");
            default:
                throw new UnsupportedSbmlException("MathML '" + t + "' in " + context + " is not supported by Aftermath");
        }
    }

    private static Expr arg(ASTNode n, int i, String context) {
        if (n.getChildCount() <= i) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' in " + context + " lacks an argument");
        }
        return convert(n.getChild(i), context);
    }

    private static Expr binary(Expr.BinaryOp op, ASTNode n, String context) {
        if (n.getChildCount() != 2) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' in " + context + " with "
                    + n.getChildCount() + " arguments (2 supported)");
        }
        return Expr.bin(op, arg(n, 0, context), arg(n, 1, context));
    }

    private static Expr fold(Expr.BinaryOp op, ASTNode n, String context, double empty) {
        if (n.getChildCount() == 0) {
            return Expr.num(empty);
        }
        Expr e = arg(n, 0, context);
        for (int i = 1; i < n.getChildCount(); i++) {
            e = Expr.bin(op, e, arg(n, i, context));
        }
        return e;
    }

    private static Expr call(String f, ASTNode n, String context) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < n.getChildCount(); i++) {
            args.add(arg(n, i, context));
        }
        return new Expr.Call(f, args);
    }

    private static Expr logOrRoot(ASTNode n, String f, int base, String context) {
        if (n.getChildCount() == 1) {
            return new Expr.Call(f, List.of(arg(n, 0, context)));
        }
        Expr b = n.getChildCount() == 2 ? arg(n, 0, context) : null;
        if (b instanceof Expr.Num num && num.value() == base) {
            return new Expr.Call(f, List.of(arg(n, 1, context)));
        }
        throw new UnsupportedSbmlException("MathML '" + n.getType() + "' in " + context
                + " with a base or degree other than " + base + " is not supported by Aftermath");
    }

    private static Expr piecewise(ASTNode n, String context) {
        int k = n.getChildCount();
        List<Expr> values = new ArrayList<>();
        List<Expr> conditions = new ArrayList<>();
        for (int i = 0; i + 1 < k; i += 2) {
            values.add(arg(n, i, context));
            conditions.add(arg(n, i + 1, context));
        }
        if (values.isEmpty()) {
            throw new UnsupportedSbmlException("piecewise without a piece in " + context);
        }
        Expr otherwise = k % 2 == 1 ? arg(n, k - 1, context) : Expr.num(Double.NaN);
        return new Expr.Piecewise(values, conditions, otherwise);
    }
}
