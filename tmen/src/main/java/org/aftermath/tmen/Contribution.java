package org.aftermath.tmen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.scenario.InputRange;

/**
 * What one part of a scenario — its growth law, its treatments, its microenvironment — adds to
 * the compiled model besides the modules it merges: the parameters it sets (with the scenario
 * field and the limit), the parameters it adds, its per-dose events and the assignments it adds
 * to other parts' dose events. {@link ScenarioCompiler} applies the parts in order into one
 * {@link ParameterTable} and one event list. Mutable while its part builds it.
 */
public final class Contribution {

    /**
     * A model parameter the scenario sets.
     *
     * @param parameter its id
     * @param value     the value
     * @param path      the scenario field, for messages
     * @param limit     the field's range, which overrides must keep too; null for none
     */
    public record Value(String parameter, double value, String path, InputRange limit) {
        public Value {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A parameter the scenario adds (a kill fraction, a dose).
     *
     * @param parameter the parameter, its provenance naming the scenario
     * @param path      the scenario field, for messages
     * @param limit     the field's range, which overrides must keep too; null for none
     */
    public record Added(Parameter parameter, String path, InputRange limit) {
        public Added {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(path, "path");
        }
    }

    private final List<Value> values = new ArrayList<>();
    private final List<Added> added = new ArrayList<>();
    private final List<InitialAssignment> initialAssignments = new ArrayList<>();
    private final Map<String, List<Event>> doseEvents = new LinkedHashMap<>();
    private final Map<String, List<EventAssignment>> atDose = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Sets a model parameter from a scenario field. */
    public void set(String parameter, double value, String path, InputRange limit) {
        values.add(new Value(parameter, value, path, limit));
    }

    /** Adds a parameter the scenario defines. */
    public void add(Parameter parameter, String path, InputRange limit) {
        added.add(new Added(parameter, path, limit));
    }

    /** Adds an initial assignment (of a parameter this part adds or sets). */
    public void initialAssignment(InitialAssignment a) {
        initialAssignments.add(a);
    }

    /** Gives the events that apply a dose (the first has the dose's event id). */
    public void doseEvents(Dose dose, List<Event> applying) {
        doseEvents.put(dose.eventId(), List.copyOf(applying));
    }

    /** Adds assignments to the event that applies a dose (made by another part). */
    public void atDose(Dose dose, List<EventAssignment> assignments) {
        atDose.computeIfAbsent(dose.eventId(), k -> new ArrayList<>()).addAll(assignments);
    }

    /** Adds an event not tied to one dose (a course's start or end), listed after the doses. */
    public void event(Event e) {
        events.add(e);
    }

    /** Adds a warning for the user. */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /** @return the model parameters set, in order */
    public List<Value> values() {
        return List.copyOf(values);
    }

    /** @return the parameters added, in order */
    public List<Added> added() {
        return List.copyOf(added);
    }

    /** @return the initial assignments added */
    public List<InitialAssignment> initialAssignments() {
        return List.copyOf(initialAssignments);
    }

    /** @return the events that apply a dose, empty if this part does not apply it */
    public List<Event> doseEvents(Dose dose) {
        return doseEvents.getOrDefault(dose.eventId(), List.of());
    }

    /** @return the assignments this part adds to a dose's event */
    public List<EventAssignment> atDose(Dose dose) {
        return atDose.getOrDefault(dose.eventId(), List.of());
    }

    /** @return events not tied to one dose */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** @return warnings, one line each */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
