package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;

/** Every expression of a model, and a walk over an expression's nodes. */
final class ModelExpressions {

    private ModelExpressions() { }

    /** @return the math of initial assignments, rules, rates, stoichiometries, events and algebraic rules */
    static List<Expr> all(Model m) {
        List<Expr> all = new ArrayList<>();
        m.initialAssignments().forEach(a -> all.add(a.math()));
        m.assignmentRules().forEach(a -> all.add(a.math()));
        m.rateRules().forEach(a -> all.add(a.math()));
        for (Reaction r : m.reactions()) {
            all.add(r.rate());
            for (SpeciesRef s : r.reactants()) {
                if (s.stoichiometryMath() != null) {
                    all.add(s.stoichiometryMath());
                }
            }
            for (SpeciesRef s : r.products()) {
                if (s.stoichiometryMath() != null) {
                    all.add(s.stoichiometryMath());
                }
            }
        }
        for (Event e : m.events()) {
            all.add(e.trigger());
            if (e.delay() != null) {
                all.add(e.delay());
            }
            if (e.priority() != null) {
                all.add(e.priority());
            }
            e.assignments().forEach(a -> all.add(a.math()));
        }
        m.algebraicRules().forEach(a -> all.add(a.math()));
        return all;
    }

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
