package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;

/** Resolves an expression of a validated model into a {@link Node} tree over slot indices. */
final class NodeCompiler {

    private final SlotLayout layout;
    private final java.util.function.ToIntFunction<Expr.Call> delayIndex;

    /**
     * @param layout     where names live
     * @param delayIndex the history index of each {@code delay} call
     */
    NodeCompiler(SlotLayout layout, java.util.function.ToIntFunction<Expr.Call> delayIndex) {
        this.layout = layout;
        this.delayIndex = delayIndex;
    }

    Node compile(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Node.Const(n.value());
        }
        if (e instanceof Expr.Ref r) {
            SlotLayout.Slot s = layout.slot(r.name());
            return switch (s.kind()) {
                case STATE -> new Node.State(s.index());
                case PARAMETER -> new Node.Param(s.index());
                case OBSERVABLE -> new Node.Observable(s.index());
                case TIME -> new Node.Time();
            };
        }
        if (e instanceof Expr.Unary u) {
            Node a = compile(u.operand());
            return u.op() == Expr.UnaryOp.NEG ? new Node.Neg(a) : new Node.Not(a);
        }
        if (e instanceof Expr.Binary b && arithmetic(b.op())) {
            return chain(b);
        }
        if (e instanceof Expr.Binary b) {
            Node l = compile(b.left());
            Node r = compile(b.right());
            return switch (b.op()) {
                case ADD -> new Node.Add(l, r);
                case SUB -> new Node.Sub(l, r);
                case MUL -> new Node.Mul(l, r);
                case DIV -> new Node.Div(l, r);
                case POW -> new Node.Pow(l, r);
                case LT -> new Node.Lt(l, r);
                case LE -> new Node.Le(l, r);
                case GT -> new Node.Gt(l, r);
                case GE -> new Node.Ge(l, r);
                case EQ -> new Node.Eq(l, r);
                case NE -> new Node.Ne(l, r);
                case AND -> new Node.And(l, r);
                case OR -> new Node.Or(l, r);
            };
        }
        if (e instanceof Expr.Piecewise pw) {
            return new Node.Piecewise(all(pw.values()), all(pw.conditions()), compile(pw.otherwise()));
        }
        Expr.Call c = (Expr.Call) e;
        Node[] args = all(c.args());
        if (c.function().equals(Functions.DELAY)) {
            return new Node.Delay(delayIndex.applyAsInt(c), args[0], args[1]);
        }
        return switch (c.function()) {
            case "exp" -> new Node.Unary(Node.Unary.Fn.EXP, args[0]);
            case "ln" -> new Node.Unary(Node.Unary.Fn.LN, args[0]);
            case "log10" -> new Node.Unary(Node.Unary.Fn.LOG10, args[0]);
            case "sqrt" -> new Node.Unary(Node.Unary.Fn.SQRT, args[0]);
            case "abs" -> new Node.Unary(Node.Unary.Fn.ABS, args[0]);
            case "min" -> new Node.Extremum(false, args);
            case "max" -> new Node.Extremum(true, args);
            case "hill" -> new Node.Hill(false, args[0], args[1], args[2]);
            case "hillr" -> new Node.Hill(true, args[0], args[1], args[2]);
            case "quotient" -> new Node.Function2(Functions::quotient, args[0], args[1]);
            case "rem" -> new Node.Function2(Functions::rem, args[0], args[1]);
            default -> new Node.Function1(unary(c.function()), args[0]);
        };
    }

    /** @return the one-argument functions other than those {@link Node.Unary} evaluates */
    private static DoubleUnaryOperator unary(String f) {
        return switch (f) {
            case "floor" -> Math::floor;
            case "ceil" -> Math::ceil;
            case "factorial" -> Functions::factorial;
            case "sin" -> Math::sin;
            case "cos" -> Math::cos;
            case "tan" -> Math::tan;
            case "sec" -> Functions::sec;
            case "csc" -> Functions::csc;
            case "cot" -> Functions::cot;
            case "sinh" -> Math::sinh;
            case "cosh" -> Math::cosh;
            case "tanh" -> Math::tanh;
            case "sech" -> Functions::sech;
            case "csch" -> Functions::csch;
            case "coth" -> Functions::coth;
            case "arcsin" -> Math::asin;
            case "arccos" -> Math::acos;
            case "arctan" -> Math::atan;
            case "arcsec" -> Functions::arcsec;
            case "arccsc" -> Functions::arccsc;
            case "arccot" -> Functions::arccot;
            case "arcsinh" -> Functions::arcsinh;
            case "arccosh" -> Functions::arccosh;
            case "arctanh" -> Functions::arctanh;
            case "arcsech" -> Functions::arcsech;
            case "arccsch" -> Functions::arccsch;
            case "arccoth" -> Functions::arccoth;
            default -> throw new IllegalArgumentException("unknown function '" + f + "'");
        };
    }

    /** Chains longer than this are evaluated in a loop ({@link Node.Chain}). */
    static final int CHAIN = 32;

    /**
     * Compiles the left spine of arithmetic under {@code top} in a loop (a sum of 1,000 terms is
     * a spine 1,000 deep): as nested nodes when short, as one {@link Node.Chain} when long.
     */
    private Node chain(Expr.Binary top) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = top;
        while (bottom instanceof Expr.Binary b && arithmetic(b.op())) {
            spine.add(b);
            bottom = b.left();
        }
        Node acc = compile(bottom);
        if (spine.size() > CHAIN) {
            int[] ops = new int[spine.size()];
            Node[] operands = new Node[spine.size()];
            for (int i = spine.size() - 1, k = 0; i >= 0; i--, k++) {
                Expr.Binary b = spine.get(i);
                ops[k] = switch (b.op()) {
                    case ADD -> Node.Chain.ADD;
                    case SUB -> Node.Chain.SUB;
                    case MUL -> Node.Chain.MUL;
                    default -> Node.Chain.DIV;
                };
                operands[k] = compile(b.right());
            }
            return new Node.Chain(acc, ops, operands);
        }
        for (int i = spine.size() - 1; i >= 0; i--) {
            Expr.Binary b = spine.get(i);
            Node r = compile(b.right());
            acc = switch (b.op()) {
                case ADD -> new Node.Add(acc, r);
                case SUB -> new Node.Sub(acc, r);
                case MUL -> new Node.Mul(acc, r);
                default -> new Node.Div(acc, r);
            };
        }
        return acc;
    }

    private static boolean arithmetic(Expr.BinaryOp op) {
        return op == Expr.BinaryOp.ADD || op == Expr.BinaryOp.SUB || op == Expr.BinaryOp.MUL || op == Expr.BinaryOp.DIV;
    }

    Node[] all(List<Expr> es) {
        Node[] out = new Node[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(es.get(i));
        }
        return out;
    }
}
