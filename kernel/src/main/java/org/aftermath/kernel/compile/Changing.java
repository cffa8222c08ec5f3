package org.aftermath.kernel.compile;

import java.util.HashSet;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Species;

/**
 * The names whose values can change during a run of a model: species that are not constant,
 * the variables of rules and event assignments. Everything else keeps the value it has after
 * initialisation.
 */
final class Changing {

    private final Set<String> names = new HashSet<>();

    Changing(Model m) {
        for (Species s : m.species()) {
            if (!s.constant()) {
                names.add(s.id());
            }
        }
        for (AssignmentRule r : m.assignmentRules()) {
            names.add(r.variable());
        }
        for (RateRule r : m.rateRules()) {
            names.add(r.variable());
        }
        for (Event e : m.events()) {
            for (EventAssignment a : e.assignments()) {
                names.add(a.variable());
            }
        }
    }

    /** @return true if the name's value can change during a run */
    boolean contains(String name) {
        return names.contains(name);
    }

    /** @return true if e reads neither time nor anything that can change */
    boolean isConstant(Expr e) {
        for (String name : e.references()) {
            if (name.equals("time") || names.contains(name)) {
                return false;
            }
        }
        return !ModelExpressions.calls(e, org.aftermath.kernel.expr.Functions.DELAY);
    }
}
