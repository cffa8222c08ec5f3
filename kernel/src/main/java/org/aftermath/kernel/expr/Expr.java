package org.aftermath.kernel.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A mathematical expression: the abstract syntax shared by rate laws, rules, event triggers
 * and event assignments. Immutable. Names are resolved only when a model is compiled.
 */
public sealed interface Expr permits Expr.Num, Expr.Ref, Expr.Unary, Expr.Binary, Expr.Call, Expr.Piecewise {

    /** A numeric literal. */
    record Num(double value) implements Expr { }

    /** A reference to a parameter, species, compartment, observable or the reserved name {@code time}. */
    record Ref(String name) implements Expr {
        public Ref {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("reference name must be non-empty");
            }
        }
    }

    /** A unary operation. */
    record Unary(UnaryOp op, Expr operand) implements Expr { }

    /**
     * A binary operation. Equality and hash code walk the left spine of a chain
     * ({@code a + b + c ...}) in a loop, so a long sum costs no stack depth.
     */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        @Override
        public boolean equals(Object o) {
            Expr a = this;
            Object b = o;
            while (a instanceof Binary x && b instanceof Binary y) {
                if (x == y) {
                    return true;
                }
                if (x.op != y.op || !x.right.equals(y.right)) {
                    return false;
                }
                a = x.left;
                b = y.left;
            }
            return !(a instanceof Binary) && !(b instanceof Binary) && a.equals(b);
        }

        @Override
        public int hashCode() {
            java.util.ArrayList<Binary> spine = new java.util.ArrayList<>();
            Expr e = this;
            while (e instanceof Binary b) {
                spine.add(b);
                e = b.left;
            }
            int h = e.hashCode();
            for (int i = spine.size() - 1; i >= 0; i--) {
                Binary b = spine.get(i);
                h = 31 * (31 * b.op.ordinal() + h) + b.right.hashCode();
            }
            return h;
        }
    }

    /**
     * A call of a built-in function ({@link Functions}); the argument count is checked when the
     * expression is parsed or compiled.
     */
    record Call(String function, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * SBML-style piecewise: the first {@code values[i]} whose {@code conditions[i]} is true,
     * else {@code otherwise}.
     */
    record Piecewise(List<Expr> values, List<Expr> conditions, Expr otherwise) implements Expr {
        public Piecewise {
            values = List.copyOf(values);
            conditions = List.copyOf(conditions);
            if (values.size() != conditions.size() || values.isEmpty()) {
                throw new IllegalArgumentException("piecewise needs one or more (value, condition) pairs");
            }
        }
    }

    /** Unary operators. Logical NOT treats 0 as false and anything else as true. */
    enum UnaryOp { NEG, NOT }

    /**
     * Binary operators. Comparisons and logical operators yield 1.0 (true) or 0.0 (false).
     */
    enum BinaryOp { ADD, SUB, MUL, DIV, POW, LT, LE, GT, GE, EQ, NE, AND, OR }

    /** @return the names this expression references, including {@code time}, in first-use order */
    default Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        collect(this, names, false);
        return names;
    }

    /** @return the functions this expression calls (not {@code piecewise}), in first-use order */
    default Set<String> functionsCalled() {
        Set<String> names = new LinkedHashSet<>();
        collect(this, names, true);
        return names;
    }

    private static void collect(Expr e, Set<String> into, boolean functions) {
        if (e instanceof Ref r) {
            if (!functions) {
                into.add(r.name());
            }
        } else if (e instanceof Unary u) {
            collect(u.operand(), into, functions);
        } else if (e instanceof Binary b) {
            collect(b.left(), into, functions);
            collect(b.right(), into, functions);
        } else if (e instanceof Call c) {
            if (functions) {
                into.add(c.function());
            }
            for (Expr a : c.args()) {
                collect(a, into, functions);
            }
        } else if (e instanceof Piecewise p) {
            for (int i = 0; i < p.values().size(); i++) {
                collect(p.values().get(i), into, functions);
                collect(p.conditions().get(i), into, functions);
            }
            collect(p.otherwise(), into, functions);
        }
    }

    /**
     * @param f applied to every node after its children have been rewritten
     * @return the rewritten expression (bottom-up)
     */
    default Expr rewrite(java.util.function.UnaryOperator<Expr> f) {
        Expr e = this;
        if (e instanceof Unary u) {
            e = new Unary(u.op(), u.operand().rewrite(f));
        } else if (e instanceof Binary b) {
            e = new Binary(b.op(), b.left().rewrite(f), b.right().rewrite(f));
        } else if (e instanceof Call c) {
            e = new Call(c.function(), c.args().stream().map(a -> a.rewrite(f)).toList());
        } else if (e instanceof Piecewise p) {
            e = new Piecewise(p.values().stream().map(v -> v.rewrite(f)).toList(),
                    p.conditions().stream().map(v -> v.rewrite(f)).toList(), p.otherwise().rewrite(f));
        }
        return f.apply(e);
    }

    /** @return a copy in which every reference to a key of {@code replacements} is replaced by its value */
    default Expr substitute(java.util.Map<String, Expr> replacements) {
        return rewrite(x -> x instanceof Ref r && replacements.containsKey(r.name()) ? replacements.get(r.name()) : x);
    }

    /** Shorthand constructors. */
    static Expr num(double v) { return new Num(v); }

    static Expr ref(String name) { return new Ref(name); }

    static Expr call(String f, Expr... args) { return new Call(f, List.of(args)); }

    static Expr bin(BinaryOp op, Expr l, Expr r) { return new Binary(op, l, r); }
}
