package org.aftermath.kernel.compile;

import java.util.List;
import org.aftermath.kernel.expr.Expr;

/**
 * Comparisons ({@code a < b}, {@code a >= b}, ...) compiled to be watched on the dense output:
 * each as {@code g = a − b} with its operator, so that a root finder can locate where one
 * switches. Evaluated with the interpreter's {@link EvalNode}s; observables are computed first when
 * the comparisons read any.
 */
public final class Comparisons {

    private final AbstractCompiledModel model;
    private final EvalNode[] left;
    private final EvalNode[] right;
    private final Expr.BinaryOp[] operators;
    private final boolean readsObservables;

    Comparisons(AbstractCompiledModel model, List<Expr> comparisons) {
        this.model = model;
        int n = comparisons.size();
        left = new EvalNode[n];
        right = new EvalNode[n];
        operators = new Expr.BinaryOp[n];
        boolean reads = false;
        for (int k = 0; k < n; k++) {
            Expr.Binary b = (Expr.Binary) comparisons.get(k);
            left[k] = model.nodes.compile(b.left());
            right[k] = model.nodes.compile(b.right());
            operators[k] = b.op();
            for (String name : b.references()) {
                SlotLayout.Slot s = model.layout.slot(name);
                reads |= s != null && s.kind() == SlotLayout.Kind.OBSERVABLE;
            }
        }
        readsObservables = reads;
    }

    /** @return the number of comparisons */
    public int size() {
        return operators.length;
    }

    /** Writes {@code g_k = a_k − b_k} at (t, y, p) to {@code out[offset + k]}. */
    public void values(double t, double[] y, double[] p, double[] out, int offset) {
        if (operators.length == 0) {
            return;
        }
        double[] o = new double[model.layout.observableNames.size()];
        if (readsObservables) {
            model.observables(t, y, p, o);
        }
        for (int k = 0; k < operators.length; k++) {
            double a = left[k].eval(t, y, p, o);
            out[offset + k] = a - right[k].eval(t, y, p, o);
        }
    }

    /** @return whether comparison k holds when its difference a − b is g */
    public boolean holds(int k, double g) {
        return switch (operators[k]) {
            case LT -> g < 0;
            case LE -> g <= 0;
            case GT -> g > 0;
            case GE -> g >= 0;
            case EQ -> g == 0;
            default -> g != 0;
        };
    }
}
