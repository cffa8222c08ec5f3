package org.aftermath.kernel.model;

import java.util.List;
import org.aftermath.kernel.expr.Expr;

/**
 * A discontinuity: when {@code trigger} becomes true, every assignment is evaluated with the
 * values just before the event and then applied (SBML semantics, no delay). Events that fire at
 * the same time apply in the order the model lists them. The kernel simulates time triggers,
 * {@code time >= expr} with expr depending only on constant parameters.
 */
public record Event(String id, Expr trigger, List<EventAssignment> assignments, Origin origin) {
    public Event {
        assignments = List.copyOf(assignments);
    }
}
