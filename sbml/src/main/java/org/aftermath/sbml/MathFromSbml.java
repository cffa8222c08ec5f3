package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;
import org.sbml.jsbml.ASTNode;

/**
 * SBML MathML ({@link ASTNode}) to the kernel's {@link Expr}: numbers and the constants
 * ({@code true}, {@code false}, {@code pi}, {@code exponentiale}, {@code avogadro} = 6.02214179e23
 * as SBML Level 3 defines it, infinity, NaN), the csymbols {@code time}, {@code delay} and
 * {@code rateOf}, arithmetic, n-ary relations ({@code a < b < c} as {@code a < b && b < c}),
 * and, or, xor (odd count of true operands), not, implies, piecewise (no otherwise: NaN), every
 * function of SBML Level 3 Version 2 core (exp, ln, log with any base, root of any degree, abs,
 * floor, ceiling, factorial, min, max, quotient, rem, and the trigonometric and hyperbolic
 * functions and their inverses) and calls of the model's function definitions, which are
 * written out (their body with the arguments substituted). Anything else is refused with a
 * message naming the construct and where it is.
 */
final class MathFromSbml {

    /** The value SBML Level 3 gives {@code avogadro}. */
    static final double AVOGADRO = 6.02214179e23;

    /** A function definition: its arguments and body. */
    record Lambda(List<String> arguments, ASTNode body) { }

    private final Map<String, Lambda> functions;
    private final UnaryOperator<String> names;

    /**
     * @param functions the model's function definitions by id
     * @param names     the kernel id of each SBML id read in math (renamed reserved or shadowed ids)
     */
    MathFromSbml(Map<String, Lambda> functions, UnaryOperator<String> names) {
        this.functions = functions;
        this.names = names;
    }

    /**
     * @param n       a MathML tree
     * @param context what the math belongs to, for messages
     * @return the kernel expression
     * @throws UnsupportedSbmlException for a construct the kernel does not support
     */
    Expr convert(ASTNode n, String context) {
        return convert(n, context, Map.of(), 0);
    }

    private Expr convert(ASTNode n, String context, Map<String, Expr> bound, int depth) {
        if (depth > 200) {
            throw new UnsupportedSbmlException("math nested more than 200 levels deep (or a recursive function"
                    + " definition) in " + context);
        }
        ASTNode.Type t = n.getType();
        Conv c = (child) -> convert(child, context, bound, depth + 1);
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
            case NAME_AVOGADRO:
                return Expr.num(AVOGADRO);
            case NAME_TIME:
                return Expr.ref("time");
            case NAME: {
                Expr b = bound.get(n.getName());
                return b != null ? b : Expr.ref(names.apply(n.getName()));
            }
            case PLUS:
            case SUM:
                return fold(Expr.BinaryOp.ADD, n, c, 0);
            case TIMES:
            case PRODUCT:
                return fold(Expr.BinaryOp.MUL, n, c, 1);
            case MINUS:
                if (n.getChildCount() == 1) {
                    return new Expr.Unary(Expr.UnaryOp.NEG, c.of(n.getChild(0)));
                }
                return binary(Expr.BinaryOp.SUB, n, c, context);
            case DIVIDE:
                return binary(Expr.BinaryOp.DIV, n, c, context);
            case POWER:
            case FUNCTION_POWER:
                return binary(Expr.BinaryOp.POW, n, c, context);
            case RELATIONAL_LT:
                return chain(Expr.BinaryOp.LT, n, c);
            case RELATIONAL_LEQ:
                return chain(Expr.BinaryOp.LE, n, c);
            case RELATIONAL_GT:
                return chain(Expr.BinaryOp.GT, n, c);
            case RELATIONAL_GEQ:
                return chain(Expr.BinaryOp.GE, n, c);
            case RELATIONAL_EQ:
                return chain(Expr.BinaryOp.EQ, n, c);
            case RELATIONAL_NEQ:
                return binary(Expr.BinaryOp.NE, n, c, context);
            case LOGICAL_AND:
                return fold(Expr.BinaryOp.AND, n, c, 1);
            case LOGICAL_OR:
                return fold(Expr.BinaryOp.OR, n, c, 0);
            case LOGICAL_XOR:
                return xor(n, c);
            case LOGICAL_NOT:
                return new Expr.Unary(Expr.UnaryOp.NOT, one(n, c, context));
            case LOGICAL_IMPLIES: {
                binaryCount(n, context);
                return Expr.bin(Expr.BinaryOp.OR, new Expr.Unary(Expr.UnaryOp.NOT, c.of(n.getChild(0))), c.of(n.getChild(1)));
            }
            case FUNCTION_EXP:
                return call("exp", n, c, context);
            case FUNCTION_LN:
                return call("ln", n, c, context);
            case FUNCTION_ABS:
                return call("abs", n, c, context);
            case FUNCTION_FLOOR:
                return call("floor", n, c, context);
            case FUNCTION_CEILING:
                return call("ceil", n, c, context);
            case FUNCTION_FACTORIAL:
                return call("factorial", n, c, context);
            case FUNCTION_QUOTIENT:
                return call("quotient", n, c, context);
            case FUNCTION_REM:
                return call("rem", n, c, context);
            case FUNCTION_MIN:
            case FUNCTION_MAX:
                return extremum(t == ASTNode.Type.FUNCTION_MIN ? "min" : "max", n, c, context);
            case FUNCTION_LOG:
                return log(n, c, context);
            case FUNCTION_ROOT:
                return root(n, c, context);
            case FUNCTION_PIECEWISE:
                return piecewise(n, c, context);
            case FUNCTION_DELAY:
                return call(Functions.DELAY, n, c, context);
            case FUNCTION_RATE_OF: {
                Expr x = one(n, c, context);
                if (!(x instanceof Expr.Ref)) {
                    throw new UnsupportedSbmlException("rateOf of an expression (not a variable) in " + context);
                }
                return new Expr.Call(Functions.RATE_OF, List.of(x));
            }
            case FUNCTION:
                return inline(n, context, bound, depth);
            case LAMBDA:
                throw new UnsupportedSbmlException("a lambda outside a function definition in " + context);
            default:
                String f = ELEMENTARY.get(t);
                if (f != null) {
                    return call(f, n, c, context);
                }
                if (t == ASTNode.Type.UNKNOWN) {
                    throw new UnsupportedSbmlException("an unknown MathML element in " + context);
                }
                throw new UnsupportedSbmlException("MathML '" + t + "' in " + context + " is not supported by Aftermath");
        }
    }

    private static final Map<ASTNode.Type, String> ELEMENTARY = new HashMap<>();

    static {
        String[] names = {"sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "sech", "csch", "coth",
            "arcsin", "arccos", "arctan", "arcsec", "arccsc", "arccot", "arcsinh", "arccosh", "arctanh",
            "arcsech", "arccsch", "arccoth"};
        for (String name : names) {
            ELEMENTARY.put(ASTNode.Type.valueOf("FUNCTION_" + name.toUpperCase(java.util.Locale.ROOT)), name);
        }
    }

    @FunctionalInterface
    private interface Conv {
        Expr of(ASTNode child);
    }

    private Expr inline(ASTNode n, String context, Map<String, Expr> bound, int depth) {
        Lambda f = functions.get(n.getName());
        if (f == null) {
            throw new UnsupportedSbmlException("call of '" + n.getName() + "', which is no function definition, in "
                    + context);
        }
        if (f.arguments().size() != n.getChildCount()) {
            throw new UnsupportedSbmlException("function '" + n.getName() + "' takes " + f.arguments().size()
                    + " arguments, called with " + n.getChildCount() + " in " + context);
        }
        Map<String, Expr> args = new HashMap<>();
        for (int i = 0; i < f.arguments().size(); i++) {
            args.put(f.arguments().get(i), convert(n.getChild(i), context, bound, depth + 1));
        }
        return convert(f.body(), context + " (in function " + n.getName() + ")", args, depth + 1);
    }

    private static Expr one(ASTNode n, Conv c, String context) {
        if (n.getChildCount() != 1) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' with " + n.getChildCount()
                    + " arguments (1 expected) in " + context);
        }
        return c.of(n.getChild(0));
    }

    private static void binaryCount(ASTNode n, String context) {
        if (n.getChildCount() != 2) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' with " + n.getChildCount()
                    + " arguments (2 expected) in " + context);
        }
    }

    private static Expr binary(Expr.BinaryOp op, ASTNode n, Conv c, String context) {
        binaryCount(n, context);
        return Expr.bin(op, c.of(n.getChild(0)), c.of(n.getChild(1)));
    }

    private static Expr fold(Expr.BinaryOp op, ASTNode n, Conv c, double empty) {
        if (n.getChildCount() == 0) {
            return Expr.num(empty);
        }
        Expr e = c.of(n.getChild(0));
        if (n.getChildCount() == 1 && (op == Expr.BinaryOp.AND || op == Expr.BinaryOp.OR)) {
            return Expr.bin(Expr.BinaryOp.NE, e, Expr.num(0));
        }
        for (int i = 1; i < n.getChildCount(); i++) {
            e = Expr.bin(op, e, c.of(n.getChild(i)));
        }
        return e;
    }

    /** a op b op c ... as (a op b) and (b op c) and ...; one argument is true. */
    private static Expr chain(Expr.BinaryOp op, ASTNode n, Conv c) {
        if (n.getChildCount() < 2) {
            return Expr.num(1);
        }
        Expr result = null;
        Expr previous = c.of(n.getChild(0));
        for (int i = 1; i < n.getChildCount(); i++) {
            Expr next = c.of(n.getChild(i));
            Expr pair = Expr.bin(op, previous, next);
            result = result == null ? pair : Expr.bin(Expr.BinaryOp.AND, result, pair);
            previous = next;
        }
        return result;
    }

    /** True when an odd number of the operands are true; none: false. */
    private static Expr xor(ASTNode n, Conv c) {
        Expr result = Expr.num(0);
        for (int i = 0; i < n.getChildCount(); i++) {
            Expr operand = Expr.bin(Expr.BinaryOp.NE, c.of(n.getChild(i)), Expr.num(0));
            result = i == 0 ? operand : Expr.bin(Expr.BinaryOp.NE, result, operand);
        }
        return result;
    }

    private static Expr call(String f, ASTNode n, Conv c, String context) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < n.getChildCount(); i++) {
            args.add(c.of(n.getChild(i)));
        }
        Integer arity = Functions.ARITY.get(f);
        if (arity != null && arity >= 0 && args.size() != arity) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' with " + args.size() + " arguments ("
                    + arity + " expected) in " + context);
        }
        return new Expr.Call(f, args);
    }

    private static Expr extremum(String f, ASTNode n, Conv c, String context) {
        if (n.getChildCount() == 0) {
            throw new UnsupportedSbmlException("MathML '" + n.getType() + "' without arguments in " + context);
        }
        if (n.getChildCount() == 1) {
            return c.of(n.getChild(0));
        }
        return call(f, n, c, context);
    }

    /** log with one argument is base 10; base 10 is log10, e is ln, any other base ln(x)/ln(b). */
    private static Expr log(ASTNode n, Conv c, String context) {
        if (n.getChildCount() == 1) {
            return new Expr.Call("log10", List.of(c.of(n.getChild(0))));
        }
        binaryCount(n, context);
        Expr base = c.of(n.getChild(0));
        Expr x = c.of(n.getChild(1));
        if (base instanceof Expr.Num b && b.value() == 10) {
            return new Expr.Call("log10", List.of(x));
        }
        if (base instanceof Expr.Num b && b.value() == Math.E) {
            return new Expr.Call("ln", List.of(x));
        }
        return Expr.bin(Expr.BinaryOp.DIV, new Expr.Call("ln", List.of(x)), new Expr.Call("ln", List.of(base)));
    }

    /** root with one argument is the square root; degree 2 is sqrt, any other x^(1/degree). */
    private static Expr root(ASTNode n, Conv c, String context) {
        if (n.getChildCount() == 1) {
            return new Expr.Call("sqrt", List.of(c.of(n.getChild(0))));
        }
        binaryCount(n, context);
        Expr degree = c.of(n.getChild(0));
        Expr x = c.of(n.getChild(1));
        if (degree instanceof Expr.Num d && d.value() == 2) {
            return new Expr.Call("sqrt", List.of(x));
        }
        return Expr.bin(Expr.BinaryOp.POW, x, Expr.bin(Expr.BinaryOp.DIV, Expr.num(1), degree));
    }

    private static Expr piecewise(ASTNode n, Conv c, String context) {
        int k = n.getChildCount();
        List<Expr> values = new ArrayList<>();
        List<Expr> conditions = new ArrayList<>();
        for (int i = 0; i + 1 < k; i += 2) {
            values.add(c.of(n.getChild(i)));
            conditions.add(c.of(n.getChild(i + 1)));
        }
        Expr otherwise = k % 2 == 1 ? c.of(n.getChild(k - 1)) : Expr.num(Double.NaN);
        if (values.isEmpty()) {
            return otherwise;
        }
        return new Expr.Piecewise(values, conditions, otherwise);
    }
}
