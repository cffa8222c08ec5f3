package org.aftermath.sbml;

import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Expr;
import org.sbml.jsbml.ASTNode;

/**
 * The kernel's {@link Expr} as SBML MathML ({@link ASTNode}). The kernel's comparisons and logical
 * operators yield 1 or 0 and may appear in arithmetic; SBML keeps booleans apart, so a boolean
 * used as a number becomes {@code piecewise(1, b, 0)} and a number used as a condition becomes
 * {@code x != 0}. {@code hill} and {@code hillr} become calls of the function definitions of
 * {@link #HILL_FORMULAS}; {@code log10(x)} is {@code log} with {@code logbase} 10; {@code sqrt} is
 * {@code root} of degree 2.
 */
final class MathToSbml {

    /** Function definitions for the kernel's Hill functions (0 resp. 1 for x &lt;= 0, as in the kernel). */
    static final Map<String, String> HILL_FORMULAS = Map.of(
            "hill", "lambda(x, K, n, piecewise(0, leq(x, 0), x^n / (K^n + x^n)))",
            "hillr", "lambda(x, K, n, piecewise(1, leq(x, 0), K^n / (K^n + x^n)))");

    private MathToSbml() { }

    /** @return the expression as a number-valued MathML tree */
    static ASTNode number(Expr e) {
        ASTNode n = convert(e);
        return isBoolean(e) ? piecewise(List.of(new ASTNode(1), n), new ASTNode(0)) : n;
    }

    /** @return the expression as a boolean-valued MathML tree (a trigger) */
    static ASTNode condition(Expr e) {
        if (isBoolean(e)) {
            return convert(e);
        }
        return node(ASTNode.Type.RELATIONAL_NEQ, convert(e), new ASTNode(0));
    }

    private static boolean isBoolean(Expr e) {
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NOT;
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case LT, LE, GT, GE, EQ, NE, AND, OR -> true;
                default -> false;
            };
        }
        return false;
    }

    private static ASTNode convert(Expr e) {
        if (e instanceof Expr.Num n) {
            return real(n.value());
        }
        if (e instanceof Expr.Ref r) {
            if (r.name().equals("time")) {
                ASTNode t = new ASTNode(ASTNode.Type.NAME_TIME);
                t.setName("time");
                return t;
            }
            return new ASTNode(r.name());
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NEG
                    ? node(ASTNode.Type.MINUS, number(u.operand()))
                    : node(ASTNode.Type.LOGICAL_NOT, condition(u.operand()));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        Expr.Piecewise p = (Expr.Piecewise) e;
        ASTNode[] pieces = new ASTNode[2 * p.values().size()];
        for (int i = 0; i < p.values().size(); i++) {
            pieces[2 * i] = number(p.values().get(i));
            pieces[2 * i + 1] = condition(p.conditions().get(i));
        }
        return piecewise(List.of(pieces), number(p.otherwise()));
    }

    private static ASTNode binary(Expr.Binary b) {
        return switch (b.op()) {
            case ADD -> node(ASTNode.Type.PLUS, number(b.left()), number(b.right()));
            case SUB -> node(ASTNode.Type.MINUS, number(b.left()), number(b.right()));
            case MUL -> node(ASTNode.Type.TIMES, number(b.left()), number(b.right()));
            case DIV -> node(ASTNode.Type.DIVIDE, number(b.left()), number(b.right()));
            case POW -> node(ASTNode.Type.POWER, number(b.left()), number(b.right()));
            case LT -> node(ASTNode.Type.RELATIONAL_LT, number(b.left()), number(b.right()));
            case LE -> node(ASTNode.Type.RELATIONAL_LEQ, number(b.left()), number(b.right()));
            case GT -> node(ASTNode.Type.RELATIONAL_GT, number(b.left()), number(b.right()));
            case GE -> node(ASTNode.Type.RELATIONAL_GEQ, number(b.left()), number(b.right()));
            case EQ -> node(ASTNode.Type.RELATIONAL_EQ, number(b.left()), number(b.right()));
            case NE -> node(ASTNode.Type.RELATIONAL_NEQ, number(b.left()), number(b.right()));
            case AND -> node(ASTNode.Type.LOGICAL_AND, condition(b.left()), condition(b.right()));
            case OR -> node(ASTNode.Type.LOGICAL_OR, condition(b.left()), condition(b.right()));
        };
    }

    private static ASTNode call(Expr.Call c) {
        ASTNode[] args = c.args().stream().map(MathToSbml::number).toArray(ASTNode[]::new);
        return switch (c.function()) {
            case "exp" -> node(ASTNode.Type.FUNCTION_EXP, args);
            case "ln" -> node(ASTNode.Type.FUNCTION_LN, args);
            case "log10" -> node(ASTNode.Type.FUNCTION_LOG, new ASTNode(10), args[0]);
            case "sqrt" -> node(ASTNode.Type.FUNCTION_ROOT, new ASTNode(2), args[0]);
            case "abs" -> node(ASTNode.Type.FUNCTION_ABS, args);
            case "min" -> node(ASTNode.Type.FUNCTION_MIN, args);
            case "max" -> node(ASTNode.Type.FUNCTION_MAX, args);
            case "hill", "hillr" -> {
                ASTNode f = node(ASTNode.Type.FUNCTION, args);
                f.setName(c.function());
                yield f;
            }
            default -> throw new IllegalArgumentException("function '" + c.function() + "' has no SBML translation");
        };
    }

    private static ASTNode real(double v) {
        if (v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE) {
            return new ASTNode((int) v);
        }
        return new ASTNode(v);
    }

    private static ASTNode piecewise(List<ASTNode> pairs, ASTNode otherwise) {
        ASTNode p = new ASTNode(ASTNode.Type.FUNCTION_PIECEWISE);
        pairs.forEach(p::addChild);
        p.addChild(otherwise);
        return p;
    }

    private static ASTNode node(ASTNode.Type type, ASTNode... children) {
        ASTNode n = new ASTNode(type);
        for (ASTNode c : children) {
            n.addChild(c);
        }
        return n;
    }
}
