package org.aftermath.kernel.model;

import java.util.List;

/**
 * A model in the concepts of SBML Level 3 Version 2 core: compartments, species (amounts),
 * parameters with provenance, initial assignments, assignment rules (observables), rate rules,
 * reactions and events. Immutable; lists keep declaration order. Time is in days throughout
 * Aftermath. Validation (undefined names, cycles) happens when the model is compiled.
 */
public record Model(String id,
                    List<UnitDefinition> units,
                    List<Compartment> compartments,
                    List<Species> species,
                    List<Parameter> parameters,
                    List<InitialAssignment> initialAssignments,
                    List<AssignmentRule> assignmentRules,
                    List<RateRule> rateRules,
                    List<Reaction> reactions,
                    List<Event> events) {

    public Model {
        units = List.copyOf(units);
        compartments = List.copyOf(compartments);
        species = List.copyOf(species);
        parameters = List.copyOf(parameters);
        initialAssignments = List.copyOf(initialAssignments);
        assignmentRules = List.copyOf(assignmentRules);
        rateRules = List.copyOf(rateRules);
        reactions = List.copyOf(reactions);
        events = List.copyOf(events);
    }
}
