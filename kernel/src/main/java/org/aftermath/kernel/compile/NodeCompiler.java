package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;

/** Resolves an expression of a validated model into a {@link EvalNode} tree over slot indices. */
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

    EvalNode compile(Expr e) {
        if (e instanceof Expr.Num n) {
            return new EvalNode.Const(n.value());
        }
        if (e instanceof Expr.Ref r) {
            SlotLayout.Slot s = layout.slot(r.name());
            return switch (s.kind()) {
                case STATE -> new EvalNode.State(s.index());
                case PARAMETER -> new EvalNode.Param(s.index());
                case OBSERVABLE -> new EvalNode.Observable(s.index());
                case TIME -> new EvalNode.Time();
            };
        }
        if (e instanceof Expr.Unary u) {
            EvalNode a = compile(u.operand());
            return u.op() == Expr.UnaryOp.NEG ? new EvalNode.Neg(a) : new EvalNode.Not(a);
        }
        if (e instanceof Expr.Binary b && arithmetic(b.op())) {
            return chain(b);
        }
        if (e instanceof Expr.Binary b) {
            EvalNode l = compile(b.left());
            EvalNode r = compile(b.right());
            return switch (b.op()) {
                case ADD -> new EvalNode.Add(l, r);
                case SUB -> new EvalNode.Sub(l, r);
                case MUL -> new EvalNode.Mul(l, r);
                case DIV -> new EvalNode.Div(l, r);
                case POW -> new EvalNode.Pow(l, r);
                case LT -> new EvalNode.Lt(l, r);
                case LE -> new EvalNode.Le(l, r);
                case GT -> new EvalNode.Gt(l, r);
                case GE -> new EvalNode.Ge(l, r);
                case EQ -> new EvalNode.Eq(l, r);
                case NE -> new EvalNode.Ne(l, r);
                case AND -> new EvalNode.And(l, r);
                case OR -> new EvalNode.Or(l, r);
            };
        }
        if (e instanceof Expr.Piecewise pw) {
            return new EvalNode.Piecewise(all(pw.values()), all(pw.conditions()), compile(pw.otherwise()));
        }
        Expr.Call c = (Expr.Call) e;
        EvalNode[] args = all(c.args());
        if (c.function().equals(Functions.DELAY)) {
            return new EvalNode.Delay(delayIndex.applyAsInt(c), args[0], args[1]);
        }
        return switch (c.function()) {
            case "exp" -> new EvalNode.Unary(EvalNode.Unary.Fn.EXP, args[0]);
            case "ln" -> new EvalNode.Unary(EvalNode.Unary.Fn.LN, args[0]);
            case "log10" -> new EvalNode.Unary(EvalNode.Unary.Fn.LOG10, args[0]);
            case "sqrt" -> new EvalNode.Unary(EvalNode.Unary.Fn.SQRT, args[0]);
            case "abs" -> new EvalNode.Unary(EvalNode.Unary.Fn.ABS, args[0]);
            case "min" -> new EvalNode.Extremum(false, args);
            case "max" -> new EvalNode.Extremum(true, args);
            case "hill" -> new EvalNode.Hill(false, args[0], args[1], args[2]);
            case "hillr" -> new EvalNode.Hill(true, args[0], args[1], args[2]);
            case "quotient" -> new EvalNode.Function2(Functions::quotient, args[0], args[1]);
            case "rem" -> new EvalNode.Function2(Functions::rem, args[0], args[1]);
            default -> new EvalNode.Function1(unary(c.function()), args[0]);
        };
    }

    /** @return the one-argument functions other than those {@link EvalNode.Unary} evaluates */
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

    /** Chains longer than this are evaluated in a loop ({@link EvalNode.Chain}). */
    static final int CHAIN = 32;

    /**
     * Compiles the left spine of arithmetic under {@code top} in a loop (a sum of 1,000 terms is
     * a spine 1,000 deep): as nested nodes when short, as one {@link EvalNode.Chain} when long.
     */
    private EvalNode chain(Expr.Binary top) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = top;
        while (bottom instanceof Expr.Binary b && arithmetic(b.op())) {
            spine.add(b);
            bottom = b.left();
        }
        EvalNode acc = compile(bottom);
        if (spine.size() > CHAIN) {
            int[] ops = new int[spine.size()];
            EvalNode[] operands = new EvalNode[spine.size()];
            for (int i = spine.size() - 1, k = 0; i >= 0; i--, k++) {
                Expr.Binary b = spine.get(i);
                ops[k] = switch (b.op()) {
                    case ADD -> EvalNode.Chain.ADD;
                    case SUB -> EvalNode.Chain.SUB;
                    case MUL -> EvalNode.Chain.MUL;
                    default -> EvalNode.Chain.DIV;
                };
                operands[k] = compile(b.right());
            }
            return new EvalNode.Chain(acc, ops, operands);
        }
        for (int i = spine.size() - 1; i >= 0; i--) {
            Expr.Binary b = spine.get(i);
            EvalNode r = compile(b.right());
            acc = switch (b.op()) {
                case ADD -> new EvalNode.Add(acc, r);
                case SUB -> new EvalNode.Sub(acc, r);
                case MUL -> new EvalNode.Mul(acc, r);
                default -> new EvalNode.Div(acc, r);
            };
        }
        return acc;
    }

    private static boolean arithmetic(Expr.BinaryOp op) {
        return op == Expr.BinaryOp.ADD || op == Expr.BinaryOp.SUB || op == Expr.BinaryOp.MUL || op == Expr.BinaryOp.DIV;
    }

    EvalNode[] all(List<Expr> es) {
        EvalNode[] out = new EvalNode[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(es.get(i));
        }
        return out;
    }
}
