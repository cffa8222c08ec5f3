package org.aftermath.kernel.compile;

import java.util.Optional;
import org.aftermath.kernel.expr.Expr;

/**
 * Recognises the event triggers the simulator supports: {@code time >= e}, {@code time > e},
 * {@code e <= time} and {@code e < time}, where e does not involve time. Strict and non-strict
 * comparisons fire at the same time, e.
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

    /** @return the threshold e, or empty if the trigger has another form */
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
}
