package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;

/**
 * Reads event triggers: the comparisons they are made of, and which comparisons are time
 * thresholds ({@code time >= e}, {@code time > e}, {@code e <= time}, ... with e free of time),
 * whose switching time is known in advance. A trigger that is one such threshold with
 * {@code >=} or {@code >} and a constant e is a scheduled event (a dose): it becomes true at e and
 * stays true; strict and non-strict comparisons fire at the same time, e.
 */
final class TimeTrigger {

    private static final Expr TIME = Expr.ref("time");

    private TimeTrigger() { }

    /**
     * @return the trigger with a numeric threshold replaced by 0 (a trigger whose threshold is an
     *         expression, or of another form, unchanged): what {@link ModelShape} keeps of it
     */
    static Expr withoutNumericThreshold(Expr trigger) {
        if (threshold(trigger).orElse(null) instanceof Expr.Num && trigger instanceof Expr.Binary b) {
            return b.left().equals(TIME) ? Expr.bin(b.op(), b.left(), Expr.num(0))
                    : Expr.bin(b.op(), Expr.num(0), b.right());
        }
        return trigger;
    }

    /** @return the threshold e of a trigger {@code time >= e} (or an equivalent form), or empty */
    static Optional<Expr> threshold(Expr trigger) {
        if (!(trigger instanceof Expr.Binary b)) {
            return Optional.empty();
        }
        Expr e = switch (b.op()) {
            case GE, GT -> b.left().equals(TIME) ? b.right() : null;
            case LE, LT -> b.right().equals(TIME) ? b.left() : null;
            default -> null;
        };
        return e == null || e.references().contains("time") ? Optional.empty() : Optional.of(e);
    }

    /** @return the threshold e of a comparison between {@code time} and an expression free of time, or empty */
    static Optional<Expr> comparisonThreshold(Expr.Binary b) {
        Expr e = b.left().equals(TIME) ? b.right() : b.right().equals(TIME) ? b.left() : null;
        return e == null || e.references().contains("time") ? Optional.empty() : Optional.of(e);
    }

    /** @return every distinct comparison ({@code < <= > >= == !=}) inside e, in first-use order */
    static List<Expr.Binary> comparisons(Expr e) {
        Set<Expr.Binary> found = new LinkedHashSet<>();
        collect(e, found);
        return new ArrayList<>(found);
    }

    private static void collect(Expr e, Set<Expr.Binary> found) {
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case LT, LE, GT, GE, EQ, NE -> found.add(b);
                default -> { }
            }
            collect(b.left(), found);
            collect(b.right(), found);
        } else if (e instanceof Expr.Unary u) {
            collect(u.operand(), found);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> collect(a, found));
        } else if (e instanceof Expr.Piecewise p) {
            p.values().forEach(v -> collect(v, found));
            p.conditions().forEach(v -> collect(v, found));
            collect(p.otherwise(), found);
        }
    }
}
