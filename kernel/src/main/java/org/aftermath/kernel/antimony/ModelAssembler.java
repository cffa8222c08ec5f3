package org.aftermath.kernel.antimony;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;

/**
 * Collects the statements of one Antimony model, in any order as Antimony allows, and decides
 * at the end what each name is: a compartment (declared, or the target of {@code in}), a
 * species (declared, in a reaction, marked {@code $}, or placed {@code in} a compartment), an
 * assignment-rule variable, or otherwise a parameter when it is declared or given a value.
 * Names only used in expressions or targeted by events and rate rules are left to other
 * modules (see {@link Model#merge}); undefined ones are reported when the model is compiled.
 */
final class ModelAssembler {

    /** The declaration keyword of a statement, if any. */
    enum Kind { SPECIES, COMPARTMENT, FORMULA, NONE }

    /** A reactant or product as written. */
    record Participant(String name, double stoichiometry, boolean boundary, Origin origin) { }

    /** Units Aftermath defines when a model uses them without defining them. */
    static final Map<String, String> PREDEFINED_UNITS = Map.of("day", "86400 second", "hour", "3600 second");

    private static final class Sym {
        final String name;
        boolean species;
        boolean compartment;
        boolean formula;
        boolean dollar;
        boolean usedAsCompartment;
        Boolean explicitConstant;
        Origin constantOrigin;
        String inCompartment;
        Origin firstOrigin;
        Expr value;
        Origin valueOrigin;
        String unit;
        Origin unitOrigin;
        Provenance provenance;
        Origin provenanceOrigin;

        Sym(String name, Origin origin) {
            this.name = name;
            this.firstOrigin = origin;
        }
    }

    private record PendingReaction(String id, List<Participant> reactants, List<Participant> products,
                                   Expr rate, Origin origin) { }

    private record PendingEvent(String id, Expr trigger, List<EventAssignment> assignments, Origin origin) { }

    private final String file;
    private final List<Problem> problems;
    private final Map<String, Sym> symbols = new LinkedHashMap<>();
    private final Map<String, UnitDefinition> units = new LinkedHashMap<>();
    private final Set<String> unitReferences = new LinkedHashSet<>();
    private final Map<String, AssignmentRule> assignmentRules = new LinkedHashMap<>();
    private final Map<String, RateRule> rateRules = new LinkedHashMap<>();
    private final Set<String> eventTargets = new LinkedHashSet<>();
    private final List<PendingReaction> reactions = new ArrayList<>();
    private final List<PendingEvent> events = new ArrayList<>();
    /** Line → names declared or given a value on it, for provenance comments. */
    private final Map<Integer, Set<String>> definedOnLine = new TreeMap<>();
    private final Map<Integer, String> provenanceComments = new TreeMap<>();

    ModelAssembler(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    private void error(Origin at, String message) {
        problems.add(new Problem(at, message));
    }

    private Sym sym(String name, Origin origin) {
        if (name.equals("time")) {
            error(origin, "'time' is reserved for the model time and cannot be declared or assigned");
        }
        return symbols.computeIfAbsent(name, n -> new Sym(n, origin));
    }

    private void definedOn(Origin origin, String name) {
        definedOnLine.computeIfAbsent(origin.line(), l -> new LinkedHashSet<>()).add(name);
    }

    // ------------------------------------------------------------------ statements

    /** {@code [const|var] [species|compartment|formula] [$]name [in c] [= value | := rule]}. */
    void declare(Kind kind, Boolean constant, boolean dollar, String name, String compartment,
                 Expr value, boolean valueIsRule, Origin origin) {
        Sym s = sym(name, origin);
        switch (kind) {
            case SPECIES -> s.species = true;
            case COMPARTMENT -> s.compartment = true;
            case FORMULA -> s.formula = true;
            default -> { }
        }
        s.dollar |= dollar;
        if (constant != null) {
            if (s.explicitConstant != null && !s.explicitConstant.equals(constant)) {
                error(origin, "'" + name + "' is declared both const and var (also at " + s.constantOrigin + ")");
            }
            s.explicitConstant = constant;
            s.constantOrigin = origin;
        }
        definedOn(origin, name);
        if (compartment != null) {
            in(name, compartment, null, origin);
        }
        if (value != null) {
            if (valueIsRule) {
                assignmentRule(name, value, origin);
            } else {
                value(name, value, origin);
            }
        }
    }

    /** {@code name in compartment [= value]}. */
    void in(String name, String compartment, Expr value, Origin origin) {
        Sym s = sym(name, origin);
        Sym c = sym(compartment, origin);
        c.usedAsCompartment = true;
        if (s.inCompartment != null && !s.inCompartment.equals(compartment)) {
            error(origin, "'" + name + "' is placed in compartment '" + compartment
                    + "' but is already in '" + s.inCompartment + "'");
        }
        s.inCompartment = compartment;
        if (value != null) {
            value(name, value, origin);
        }
    }

    /** {@code name = value}: a number is an initial value, anything else an initial assignment. */
    void value(String name, Expr value, Origin origin) {
        Sym s = sym(name, origin);
        if (s.value != null) {
            error(origin, "'" + name + "' is given a value twice (also at " + s.valueOrigin + ")");
            return;
        }
        s.value = value;
        s.valueOrigin = origin;
        definedOn(origin, name);
    }

    /** {@code name has unit}. */
    void has(String name, String unit, Origin origin) {
        Sym s = sym(name, origin);
        if (s.unit != null && !s.unit.equals(unit)) {
            error(origin, "'" + name + "' has unit '" + unit + "' but already has '" + s.unit
                    + "' (at " + s.unitOrigin + ")");
        }
        s.unit = unit;
        s.unitOrigin = origin;
        unitReferences.add(unit);
    }

    /** {@code unit id = definition}; {@code references} are the unit names the definition uses. */
    void unit(String id, String definition, List<String> references, Origin origin) {
        if (units.containsKey(id)) {
            error(origin, "unit '" + id + "' is defined twice");
            return;
        }
        units.put(id, new UnitDefinition(id, definition));
        unitReferences.addAll(references);
    }

    void assignmentRule(String name, Expr math, Origin origin) {
        if (name.equals("time")) {
            error(origin, "'time' is reserved for the model time and cannot be assigned");
            return;
        }
        AssignmentRule previous = assignmentRules.putIfAbsent(name, new AssignmentRule(name, math, origin));
        if (previous != null) {
            error(origin, "'" + name + "' has a second assignment rule (first at " + previous.origin() + ")");
        }
    }

    void rateRule(String name, Expr math, Origin origin) {
        if (name.equals("time")) {
            error(origin, "'time' is reserved for the model time and cannot have a rate rule");
            return;
        }
        RateRule previous = rateRules.putIfAbsent(name, new RateRule(name, math, origin));
        if (previous != null) {
            error(origin, "'" + name + "' has a second rate rule (first at " + previous.origin() + ")");
        }
    }

    void reaction(String id, List<Participant> reactants, List<Participant> products, Expr rate, Origin origin) {
        for (Participant p : reactants) {
            participant(p);
        }
        for (Participant p : products) {
            participant(p);
        }
        reactions.add(new PendingReaction(id, reactants, products, rate, origin));
    }

    private void participant(Participant p) {
        Sym s = sym(p.name(), p.origin());
        s.species = true;
        s.dollar |= p.boundary();
    }

    void event(String id, Expr trigger, List<EventAssignment> assignments, Origin origin) {
        for (EventAssignment a : assignments) {
            eventTargets.add(a.variable());
        }
        events.add(new PendingEvent(id, trigger, assignments, origin));
    }

    /** A {@code //@} comment on {@code line}. */
    void provenanceComment(int line, String text) {
        provenanceComments.put(line, text);
    }

    // ------------------------------------------------------------------ assembly

    /** @return the model, or null when problems were added */
    Model build(String modelId) {
        int before = problems.size();
        Map<String, Sym> compartments = new LinkedHashMap<>();
        Map<String, Sym> species = new LinkedHashMap<>();
        Map<String, Sym> parameters = new LinkedHashMap<>();
        classify(compartments, species, parameters);
        attachProvenance(species, compartments, parameters);

        List<Compartment> cs = new ArrayList<>();
        boolean needsDefault = species.values().stream().anyMatch(s -> s.inCompartment == null);
        if (needsDefault && !compartments.containsKey(Model.DEFAULT_COMPARTMENT)) {
            if (symbols.containsKey(Model.DEFAULT_COMPARTMENT)) {
                error(symbols.get(Model.DEFAULT_COMPARTMENT).firstOrigin, "'" + Model.DEFAULT_COMPARTMENT
                        + "' is reserved for the compartment of species declared without one");
            }
            cs.add(new Compartment(Model.DEFAULT_COMPARTMENT, 1.0, null, new Origin(file, 0)));
        }
        for (Sym c : compartments.values()) {
            cs.add(new Compartment(c.name, number(c), c.unit, origin(c)));
        }
        List<Species> ss = new ArrayList<>();
        for (Sym s : species.values()) {
            boolean boundary = s.dollar || Boolean.TRUE.equals(s.explicitConstant);
            boolean changedByRules = rateRules.containsKey(s.name) || eventTargets.contains(s.name)
                    || assignmentRules.containsKey(s.name);
            boolean constant = s.explicitConstant != null ? s.explicitConstant : boundary && !changedByRules;
            String compartment = s.inCompartment == null ? Model.DEFAULT_COMPARTMENT : s.inCompartment;
            ss.add(new Species(s.name, compartment, number(s), s.unit, boundary, constant, origin(s),
                    s.provenance == null ? null : s.provenance.domain()));
        }
        List<Parameter> ps = new ArrayList<>();
        for (Sym p : parameters.values()) {
            boolean changed = rateRules.containsKey(p.name) || eventTargets.contains(p.name);
            boolean constant = p.explicitConstant != null ? p.explicitConstant : !changed;
            Provenance prov = p.provenance == null ? Provenance.NONE : p.provenance;
            ps.add(new Parameter(p.name, number(p), p.unit, constant, prov, origin(p)));
        }
        List<InitialAssignment> ias = new ArrayList<>();
        for (Map<String, Sym> group : List.of(compartments, species, parameters)) {
            for (Sym s : group.values()) {
                if (s.value != null && !(s.value instanceof Expr.Num)) {
                    ias.add(new InitialAssignment(s.name, s.value, s.valueOrigin));
                }
            }
        }
        List<Reaction> rs = reactions();
        List<Event> es = events();
        List<UnitDefinition> us = units();
        if (problems.size() > before) {
            return null;
        }
        return new Model(modelId, us, cs, ss, ps, ias, new ArrayList<>(assignmentRules.values()),
                new ArrayList<>(rateRules.values()), rs, es);
    }

    private void classify(Map<String, Sym> compartments, Map<String, Sym> species, Map<String, Sym> parameters) {
        for (Sym s : symbols.values()) {
            boolean isCompartment = s.compartment || s.usedAsCompartment;
            boolean isSpecies = s.species || s.dollar || (s.inCompartment != null && !isCompartment);
            Origin at = s.firstOrigin;
            if (isCompartment && isSpecies) {
                error(at, "'" + s.name + "' is used both as a compartment and as a species");
                continue;
            }
            if (s.formula && (isCompartment || isSpecies)) {
                error(at, "'" + s.name + "' is declared a formula but used as a "
                        + (isCompartment ? "compartment" : "species"));
                continue;
            }
            if (isCompartment && s.inCompartment != null) {
                error(at, "compartment '" + s.name + "' is placed in '" + s.inCompartment
                        + "'; nested compartments are not supported by Aftermath's Antimony subset");
                continue;
            }
            if (assignmentRules.containsKey(s.name)) {
                if (isCompartment) {
                    error(at, "compartment '" + s.name + "' has an assignment rule; compartment sizes"
                            + " that change are not supported by Aftermath's Antimony subset");
                    continue;
                }
                if (!isSpecies) {
                    if (s.value != null) {
                        error(s.valueOrigin, "'" + s.name + "' has an assignment rule (at "
                                + assignmentRules.get(s.name).origin() + ") and is also given a value");
                    }
                    if (s.unit != null) {
                        error(s.unitOrigin, "'" + s.name + "' has an assignment rule; Aftermath keeps"
                                + " units only for parameters, species and compartments");
                    }
                    continue;
                }
            }
            if (isCompartment) {
                compartments.put(s.name, s);
            } else if (isSpecies) {
                species.put(s.name, s);
            } else if (s.value != null || s.formula || s.explicitConstant != null || s.unit != null) {
                parameters.put(s.name, s);
            }
        }
    }

    private void attachProvenance(Map<String, Sym> species, Map<String, Sym> compartments,
                                  Map<String, Sym> parameters) {
        for (Map.Entry<Integer, String> c : provenanceComments.entrySet()) {
            Origin at = new Origin(file, c.getKey());
            Set<String> names = definedOnLine.getOrDefault(c.getKey(), Set.of());
            if (names.isEmpty()) {
                error(at, "provenance comment is not on the line of a parameter's value assignment or a species"
                        + " declaration");
                continue;
            }
            if (species.keySet().containsAll(names)) {
                speciesDomain(at, names.stream().map(species::get).toList(), c.getValue());
                continue;
            }
            if (names.size() > 1) {
                error(at, "provenance comment is on a line that assigns several names " + names
                        + "; put each parameter on its own line");
                continue;
            }
            String name = names.iterator().next();
            Sym p = parameters.get(name);
            if (p == null) {
                String what = species.containsKey(name) ? "a species" : compartments.containsKey(name)
                        ? "a compartment" : assignmentRules.containsKey(name) ? "an assignment-rule variable" : "not a parameter";
                error(at, "provenance comments describe parameters; '" + name + "' is " + what);
                continue;
            }
            if (p.provenance != null) {
                error(at, "'" + name + "' has a second provenance comment (first at " + p.provenanceOrigin + ")");
                continue;
            }
            try {
                p.provenance = ProvenanceComment.parse(c.getValue());
                p.provenanceOrigin = at;
            } catch (ProvenanceComment.MalformedException e) {
                error(at, "malformed provenance comment: " + e.getMessage());
            }
        }
    }

    /**
     * A {@code //@ domain: ...} comment on a line that declares species only: each keeps that domain
     * while the model runs. Species carry no other provenance (their amounts are states, not data).
     */
    private void speciesDomain(Origin at, List<Sym> declared, String comment) {
        Provenance domain;
        try {
            domain = ProvenanceComment.parse(comment);
        } catch (ProvenanceComment.MalformedException e) {
            error(at, "malformed provenance comment: " + e.getMessage());
            return;
        }
        if (domain.domain() == null || !domain.equals(Provenance.NONE.withDomain(domain.domain()))) {
            error(at, "a comment on a species declaration gives only the domain its amount keeps while the model"
                    + " runs ('//@ domain: [0, inf)'); source, range and note describe parameters");
            return;
        }
        for (Sym s : declared) {
            if (s.provenance != null) {
                error(at, "'" + s.name + "' has a second provenance comment (first at " + s.provenanceOrigin + ")");
            } else {
                s.provenance = domain;
                s.provenanceOrigin = at;
            }
        }
    }

    private static double number(Sym s) {
        return s.value instanceof Expr.Num n ? n.value() : Double.NaN;
    }

    /** The declaration site: the first statement that declares, places or assigns the name. */
    private static Origin origin(Sym s) {
        return s.firstOrigin;
    }

    private Set<String> takenIds() {
        Set<String> taken = new LinkedHashSet<>(symbols.keySet());
        taken.addAll(assignmentRules.keySet());
        for (PendingReaction r : reactions) {
            if (r.id() != null) {
                taken.add(r.id());
            }
        }
        for (PendingEvent e : events) {
            if (e.id() != null) {
                taken.add(e.id());
            }
        }
        return taken;
    }

    private List<Reaction> reactions() {
        Set<String> taken = takenIds();
        Map<String, Origin> named = new LinkedHashMap<>();
        List<Reaction> out = new ArrayList<>();
        int next = 0;
        for (PendingReaction r : reactions) {
            String id = r.id();
            if (id == null) {
                while (taken.contains("_J" + next)) {
                    next++;
                }
                id = "_J" + next++;
            } else {
                checkEntityId(id, "reaction", r.origin(), named);
            }
            out.add(new Reaction(id, refs(r.reactants()), refs(r.products()), r.rate(), r.origin()));
        }
        return out;
    }

    private List<Event> events() {
        Set<String> taken = takenIds();
        Map<String, Origin> named = new LinkedHashMap<>();
        for (PendingReaction r : reactions) {
            if (r.id() != null) {
                named.putIfAbsent(r.id(), r.origin());
            }
        }
        List<Event> out = new ArrayList<>();
        int next = 0;
        for (PendingEvent e : events) {
            String id = e.id();
            if (id == null) {
                while (taken.contains("_E" + next)) {
                    next++;
                }
                id = "_E" + next++;
            } else {
                checkEntityId(id, "event", e.origin(), named);
            }
            out.add(new Event(id, e.trigger(), e.assignments(), e.origin()));
        }
        return out;
    }

    private void checkEntityId(String id, String what, Origin origin, Map<String, Origin> named) {
        Origin previous = named.putIfAbsent(id, origin);
        if (previous != null) {
            error(origin, "duplicate id '" + id + "' for a " + what + " (also used at " + previous + ")");
        } else if (symbols.containsKey(id) || assignmentRules.containsKey(id)) {
            error(origin, what + " id '" + id + "' is also the name of a model variable");
        }
    }

    private static List<SpeciesRef> refs(List<Participant> ps) {
        List<SpeciesRef> out = new ArrayList<>();
        for (Participant p : ps) {
            out.add(new SpeciesRef(p.name(), p.stoichiometry()));
        }
        return out;
    }

    private List<UnitDefinition> units() {
        List<UnitDefinition> out = new ArrayList<>();
        for (String ref : unitReferences) {
            String predefined = PREDEFINED_UNITS.get(ref);
            if (predefined != null && !units.containsKey(ref)) {
                out.add(new UnitDefinition(ref, predefined));
            }
        }
        out.addAll(units.values());
        return out;
    }
}
