package org.aftermath.kernel.compile;

import java.util.function.Consumer;
import org.aftermath.kernel.expr.Expr;

/** A walk over an expression's nodes. */
final class ModelExpressions {

    private ModelExpressions() { }

    /** Calls {@code visitor} on e and every sub-expression, parents first. */
    static void visit(Expr e, Consumer<Expr> visitor) {
        visitor.accept(e);
        if (e instanceof Expr.Unary u) {
            visit(u.operand(), visitor);
        } else if (e instanceof Expr.Binary b) {
            visit(b.left(), visitor);
            visit(b.right(), visitor);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> visit(a, visitor));
        } else if (e instanceof Expr.Piecewise p) {
            p.values().forEach(v -> visit(v, visitor));
            p.conditions().forEach(v -> visit(v, visitor));
            visit(p.otherwise(), visitor);
        }
    }

    /** @return true if e calls the function anywhere */
    static boolean calls(Expr e, String function) {
        return e.functionsCalled().contains(function);
    }
}
