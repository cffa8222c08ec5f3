package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Species;

/**
 * Where each name of a valid model lives at run time.
 * <ul>
 *   <li>State {@code y}: species that are not constant and have no assignment rule (in model
 *       order; a boundary species among them has derivative 0 unless a rate rule drives it), then
 *       parameters and compartments with rate rules (in rate-rule order).</li>
 *   <li>Parameters {@code p}: parameters without rate rules, then compartments without rate
 *       rules, then constant species without assignment rules (each in model order).</li>
 *   <li>Observables: assignment-rule variables, in rule order.</li>
 * </ul>
 */
final class SlotLayout {

    enum Kind { STATE, PARAMETER, OBSERVABLE, TIME }

    record Slot(Kind kind, int index) { }

    static final Slot TIME = new Slot(Kind.TIME, -1);

    final List<String> stateNames;
    final List<String> parameterNames;
    final List<String> observableNames;
    /** Initial state from the model's amounts and values (NaN where an initial assignment sets it). */
    final double[] initialState;
    /** Parameter values from the model (NaN where an initial assignment sets it). */
    final double[] parameterValues;
    private final Map<String, Slot> slots = new HashMap<>();

    SlotLayout(Model m) {
        List<String> y = new ArrayList<>();
        List<Double> y0 = new ArrayList<>();
        List<String> p = new ArrayList<>();
        List<Double> p0 = new ArrayList<>();
        List<String> o = new ArrayList<>();
        for (AssignmentRule r : m.assignmentRules()) {
            slots.put(r.variable(), new Slot(Kind.OBSERVABLE, o.size()));
            o.add(r.variable());
        }
        for (Species s : m.species()) {
            if (!slots.containsKey(s.id()) && (!s.constant() || m.rateRule(s.id()).isPresent())) {
                add(s.id(), Kind.STATE, y, y0, s.initialAmount());
            }
        }
        for (RateRule r : m.rateRules()) {
            if (!slots.containsKey(r.variable())) {
                double v = m.parameter(r.variable()).map(Parameter::value)
                        .orElseGet(() -> m.compartment(r.variable()).map(Compartment::size).orElse(Double.NaN));
                add(r.variable(), Kind.STATE, y, y0, v);
            }
        }
        for (Parameter q : m.parameters()) {
            if (!slots.containsKey(q.id())) {
                add(q.id(), Kind.PARAMETER, p, p0, q.value());
            }
        }
        for (Compartment c : m.compartments()) {
            if (!slots.containsKey(c.id())) {
                add(c.id(), Kind.PARAMETER, p, p0, c.size());
            }
        }
        for (Species s : m.species()) {
            if (!slots.containsKey(s.id())) {
                add(s.id(), Kind.PARAMETER, p, p0, s.initialAmount());
            }
        }
        stateNames = Collections.unmodifiableList(y);
        parameterNames = Collections.unmodifiableList(p);
        observableNames = Collections.unmodifiableList(o);
        initialState = y0.stream().mapToDouble(Double::doubleValue).toArray();
        parameterValues = p0.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void add(String name, Kind kind, List<String> names, List<Double> values, double value) {
        slots.put(name, new Slot(kind, names.size()));
        names.add(name);
        values.add(value);
    }

    /** @return the slot of a name or {@link #TIME}; null for names the model does not define */
    Slot slot(String name) {
        return name.equals("time") ? TIME : slots.get(name);
    }

    /** @return the index of {@code name} in {@code kind}'s vector, or -1 */
    int index(String name, Kind kind) {
        Slot s = slots.get(name);
        return s != null && s.kind() == kind ? s.index() : -1;
    }
}
