package org.aftermath.kernel.model;

import java.util.List;
import org.aftermath.kernel.expr.Expr;

/**
 * A discontinuity, with the semantics of SBML Level 3 Version 2 events. The event is triggered
 * when {@code trigger} goes from false to true (checked at the start against
 * {@code initialValue}); after {@code delay} (none: null) it executes: every assignment is
 * evaluated — at the trigger time when {@code useValuesFromTriggerTime}, else when it executes —
 * and then all are applied at once. A {@code persistent = false} event whose trigger turns false
 * before it executes is dropped. Events executing at the same time go in decreasing
 * {@code priority} (evaluated when the choice is made; none: after all that have one), and
 * otherwise in model order, or in a seeded random order when the simulation asks for it (SBML's
 * undefined order); each sees the changes of those before it.
 *
 * <p>{@link #Event(String, Expr, List, Origin)} gives Aftermath's dose events: no delay and
 * priority, {@code initialValue = false} (a trigger already true at the start fires then),
 * persistent, values taken when executing; simultaneous ones apply in model order, each on the
 * values left by the one before.
 */
public record Event(String id, Expr trigger, Expr delay, Expr priority, boolean initialValue,
                    boolean persistent, boolean useValuesFromTriggerTime,
                    List<EventAssignment> assignments, Origin origin) {
    public Event {
        assignments = List.copyOf(assignments);
    }

    /** An event with the default semantics described above. */
    public Event(String id, Expr trigger, List<EventAssignment> assignments, Origin origin) {
        this(id, trigger, null, null, false, true, false, assignments, origin);
    }

    /** @return a copy with another id */
    public Event withId(String newId) {
        return new Event(newId, trigger, delay, priority, initialValue, persistent, useValuesFromTriggerTime,
                assignments, origin);
    }

    /** @return a copy with another trigger */
    public Event withTrigger(Expr newTrigger) {
        return new Event(id, newTrigger, delay, priority, initialValue, persistent, useValuesFromTriggerTime,
                assignments, origin);
    }

    /** @return a copy with other assignments */
    public Event withAssignments(List<EventAssignment> newAssignments) {
        return new Event(id, trigger, delay, priority, initialValue, persistent, useValuesFromTriggerTime,
                newAssignments, origin);
    }
}
