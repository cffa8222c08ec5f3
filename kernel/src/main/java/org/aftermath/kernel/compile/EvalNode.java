package org.aftermath.kernel.compile;

import org.aftermath.kernel.expr.Functions;

/**
 * An expression resolved for the interpreter: a tree over slot indices, evaluated without name
 * look-ups, maps or boxing. The arithmetic is exactly that of the generated code (same operations
 * in the same order, {@code Math} functions, comparisons as 1.0/0.0, "true" meaning "not 0").
 */
abstract class EvalNode {

    /**
     * @param t time
     * @param y state
     * @param p parameters
     * @param o observables computed so far
     */
    abstract double eval(double t, double[] y, double[] p, double[] o);

    static final class Const extends EvalNode {
        private final double value;

        Const(double value) {
            this.value = value;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return value;
        }
    }

    static final class Time extends EvalNode {
        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return t;
        }
    }

    static final class State extends EvalNode {
        private final int i;

        State(int i) {
            this.i = i;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return y[i];
        }
    }

    static final class Param extends EvalNode {
        private final int i;

        Param(int i) {
            this.i = i;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return p[i];
        }
    }

    static final class Observable extends EvalNode {
        private final int i;

        Observable(int i) {
            this.i = i;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return o[i];
        }
    }

    static final class Neg extends EvalNode {
        private final EvalNode a;

        Neg(EvalNode a) {
            this.a = a;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return -a.eval(t, y, p, o);
        }
    }

    static final class Not extends EvalNode {
        private final EvalNode a;

        Not(EvalNode a) {
            this.a = a;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) == 0.0 ? 1.0 : 0.0;
        }
    }

    /** Binary arithmetic, comparison and logic; one class per operator keeps dispatch simple. */
    abstract static class Binary extends EvalNode {
        final EvalNode a;
        final EvalNode b;

        Binary(EvalNode a, EvalNode b) {
            this.a = a;
            this.b = b;
        }
    }

    static final class Add extends Binary {
        Add(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) + b.eval(t, y, p, o);
        }
    }

    static final class Sub extends Binary {
        Sub(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) - b.eval(t, y, p, o);
        }
    }

    static final class Mul extends Binary {
        Mul(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) * b.eval(t, y, p, o);
        }
    }

    static final class Div extends Binary {
        Div(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) / b.eval(t, y, p, o);
        }
    }

    /**
     * A long chain of arithmetic along a left spine ({@code a + b * c - d ...}), evaluated in a
     * loop: the same operations in the same order as nested {@link Add}, {@link Sub},
     * {@link Mul}, {@link Div} nodes, without their stack depth.
     */
    static final class Chain extends EvalNode {
        static final int ADD = 0;
        static final int SUB = 1;
        static final int MUL = 2;
        static final int DIV = 3;

        private final EvalNode first;
        private final int[] ops;
        private final EvalNode[] operands;

        /** Computes {@code (((first ops[0] operands[0]) ops[1] operands[1]) ...)}. */
        Chain(EvalNode first, int[] ops, EvalNode[] operands) {
            this.first = first;
            this.ops = ops.clone();
            this.operands = operands.clone();
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double acc = first.eval(t, y, p, o);
            for (int i = 0; i < ops.length; i++) {
                double x = operands[i].eval(t, y, p, o);
                acc = switch (ops[i]) {
                    case ADD -> acc + x;
                    case SUB -> acc - x;
                    case MUL -> acc * x;
                    default -> acc / x;
                };
            }
            return acc;
        }
    }

    static final class Pow extends Binary {
        Pow(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return Math.pow(a.eval(t, y, p, o), b.eval(t, y, p, o));
        }
    }

    static final class Lt extends Binary {
        Lt(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) < b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class Le extends Binary {
        Le(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) <= b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class Gt extends Binary {
        Gt(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) > b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class Ge extends Binary {
        Ge(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) >= b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class Eq extends Binary {
        Eq(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) == b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class Ne extends Binary {
        Ne(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) != b.eval(t, y, p, o) ? 1.0 : 0.0;
        }
    }

    static final class And extends Binary {
        And(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) != 0.0 && b.eval(t, y, p, o) != 0.0 ? 1.0 : 0.0;
        }
    }

    static final class Or extends Binary {
        Or(EvalNode a, EvalNode b) {
            super(a, b);
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return a.eval(t, y, p, o) != 0.0 || b.eval(t, y, p, o) != 0.0 ? 1.0 : 0.0;
        }
    }

    /** A one-argument {@code Math} function. */
    static final class Unary extends EvalNode {
        enum Fn { EXP, LN, LOG10, SQRT, ABS }

        private final Fn fn;
        private final EvalNode a;

        Unary(Fn fn, EvalNode a) {
            this.fn = fn;
            this.a = a;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double x = a.eval(t, y, p, o);
            return switch (fn) {
                case EXP -> Math.exp(x);
                case LN -> Math.log(x);
                case LOG10 -> Math.log10(x);
                case SQRT -> Math.sqrt(x);
                case ABS -> Math.abs(x);
            };
        }
    }

    /** Any other one-argument function ({@link org.aftermath.kernel.expr.Functions}). */
    static final class Function1 extends EvalNode {
        private final java.util.function.DoubleUnaryOperator f;
        private final EvalNode a;

        Function1(java.util.function.DoubleUnaryOperator f, EvalNode a) {
            this.f = f;
            this.a = a;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            return f.applyAsDouble(a.eval(t, y, p, o));
        }
    }

    /** A two-argument function ({@code quotient}, {@code rem}). */
    static final class Function2 extends EvalNode {
        private final java.util.function.DoubleBinaryOperator f;
        private final EvalNode a;
        private final EvalNode b;

        Function2(java.util.function.DoubleBinaryOperator f, EvalNode a, EvalNode b) {
            this.f = f;
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double x = a.eval(t, y, p, o);
            return f.applyAsDouble(x, b.eval(t, y, p, o));
        }
    }

    /** {@code delay(x, d)}: x's recorded value at t − d ({@link Delays}). */
    static final class Delay extends EvalNode {
        private final int index;
        private final EvalNode x;
        private final EvalNode d;

        Delay(int index, EvalNode x, EvalNode d) {
            this.index = index;
            this.x = x;
            this.d = d;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double back = t - d.eval(t, y, p, o);
            return Delays.value(index, back, x.eval(t, y, p, o));
        }
    }

    /** {@code min}/{@code max} folded left: f(f(a1, a2), a3)... as the generated code does. */
    static final class Extremum extends EvalNode {
        private final boolean max;
        private final EvalNode[] args;

        Extremum(boolean max, EvalNode[] args) {
            this.max = max;
            this.args = args;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double r = args[0].eval(t, y, p, o);
            for (int i = 1; i < args.length; i++) {
                double v = args[i].eval(t, y, p, o);
                r = max ? Math.max(r, v) : Math.min(r, v);
            }
            return r;
        }
    }

    static final class Hill extends EvalNode {
        private final boolean repression;
        private final EvalNode x;
        private final EvalNode k;
        private final EvalNode n;

        Hill(boolean repression, EvalNode x, EvalNode k, EvalNode n) {
            this.repression = repression;
            this.x = x;
            this.k = k;
            this.n = n;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            double xv = x.eval(t, y, p, o);
            double kv = k.eval(t, y, p, o);
            double nv = n.eval(t, y, p, o);
            return repression ? Functions.hillr(xv, kv, nv) : Functions.hill(xv, kv, nv);
        }
    }

    static final class Piecewise extends EvalNode {
        private final EvalNode[] values;
        private final EvalNode[] conditions;
        private final EvalNode otherwise;

        Piecewise(EvalNode[] values, EvalNode[] conditions, EvalNode otherwise) {
            this.values = values;
            this.conditions = conditions;
            this.otherwise = otherwise;
        }

        @Override
        double eval(double t, double[] y, double[] p, double[] o) {
            for (int i = 0; i < values.length; i++) {
                if (conditions[i].eval(t, y, p, o) != 0.0) {
                    return values[i].eval(t, y, p, o);
                }
            }
            return otherwise.eval(t, y, p, o);
        }
    }
}
