package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/**
 * One assignment of an event: {@code variable = math}, math evaluated before the event (when it
 * is triggered if the event uses values from the trigger time), times {@code factor} evaluated
 * when the event executes, before any of its assignments is applied.
 *
 * @param factor null for none; an SBML import uses it for a species set as a concentration (its
 *               amount is the concentration times the compartment's size at execution)
 */
public record EventAssignment(String variable, Expr math, Expr factor) {

    /** An assignment without a factor. */
    public EventAssignment(String variable, Expr math) {
        this(variable, math, null);
    }
}
