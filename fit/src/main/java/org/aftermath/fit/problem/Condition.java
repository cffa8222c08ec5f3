package org.aftermath.fit.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Model;

/**
 * An experimental condition (an arm): the model it simulates and the values it sets — model parameters,
 * compartment sizes and initial values of states — each an expression of numbers and problem parameters (in
 * PEtab a number or a parameter id; a reader may scale it, e.g. a concentration by its compartment's size). An
 * initial value replaces the state's value at t = 0 (after the model's initial assignments, before any event),
 * and after a preequilibration it re-initialises that state while the others keep their steady-state values.
 *
 * @param id        the condition id
 * @param name      a display name
 * @param model     the model the condition simulates (shared by all conditions of a PEtab problem; one per arm
 *                  of a fit file)
 * @param overrides target id → value, in table order
 */
public record Condition(String id, String name, Model model, Map<String, Expr> overrides) {

    public Condition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        name = name == null || name.isBlank() ? id : name;
    }
}
