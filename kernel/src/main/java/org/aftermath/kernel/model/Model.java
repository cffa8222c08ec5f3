package org.aftermath.kernel.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftermath.kernel.expr.Expr;

/**
 * A model in the concepts of SBML Level 3 Version 2 core: compartments, species (amounts),
 * parameters with provenance, initial assignments, assignment rules (observables), rate rules,
 * reactions, events and algebraic rules. Immutable; lists keep declaration order. Scenario
 * models run in days; a model imported from SBML keeps its own time unit. Validation (undefined
 * names, cycles) happens when the model is compiled.
 *
 * <p>Besides the components: look-ups by id ({@link #parameter(String)} and friends), copies
 * with changes ({@link #withParameterValue}, {@link #withEvents}) and {@link #merge} to combine
 * modules.
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
                    List<Event> events,
                    List<AlgebraicRule> algebraicRules) {

    public Model {
        algebraicRules = List.copyOf(algebraicRules);
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

    /** A model without algebraic rules. */
    public Model(String id, List<UnitDefinition> units, List<Compartment> compartments, List<Species> species,
                 List<Parameter> parameters, List<InitialAssignment> initialAssignments,
                 List<AssignmentRule> assignmentRules, List<RateRule> rateRules, List<Reaction> reactions,
                 List<Event> events) {
        this(id, units, compartments, species, parameters, initialAssignments, assignmentRules, rateRules,
                reactions, events, List.of());
    }

    /** The compartment that Antimony puts species in when none is named; size 1. */
    public static final String DEFAULT_COMPARTMENT = "default_compartment";

    /** @return a model with no elements */
    public static Model empty(String id) {
        return new Model(id, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** @return the parameter with this id */
    public Optional<Parameter> parameter(String id) {
        return find(parameters, Parameter::id, id);
    }

    /**
     * @param p a parameter of this model
     * @return its hard domain: the one its provenance writes ({@code | domain: ...}), else
     *         {@link Domain#NON_NEGATIVE} if its unit is dimensional (amounts, concentrations, rates,
     *         times: a physical magnitude), else empty (dimensionless without a written domain:
     *         any finite value; {@code --check} asks for one)
     */
    public Optional<Domain> domain(Parameter p) {
        if (p.provenance() != null && p.provenance().domain() != null) {
            return Optional.of(p.provenance().domain());
        }
        if (p.unit() == null) {
            return Optional.empty();
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        units.forEach(u -> definitions.put(u.id(), u.definition()));
        try {
            boolean dimensional = !org.aftermath.kernel.units.UnitValue.of(p.unit(), definitions::get).powers().isEmpty();
            return dimensional ? Optional.of(Domain.NON_NEGATIVE) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the species with this id */
    public Optional<Species> species(String id) {
        return find(species, Species::id, id);
    }

    /** @return the compartment with this id */
    public Optional<Compartment> compartment(String id) {
        return find(compartments, Compartment::id, id);
    }

    /** @return the reaction with this id */
    public Optional<Reaction> reaction(String id) {
        return find(reactions, Reaction::id, id);
    }

    /** @return the event with this id */
    public Optional<Event> event(String id) {
        return find(events, Event::id, id);
    }

    /** @return the unit definition with this id */
    public Optional<UnitDefinition> unit(String id) {
        return find(units, UnitDefinition::id, id);
    }

    /** @return the assignment rule for this variable */
    public Optional<AssignmentRule> assignmentRule(String variable) {
        return find(assignmentRules, AssignmentRule::variable, variable);
    }

    /** @return the rate rule for this variable */
    public Optional<RateRule> rateRule(String variable) {
        return find(rateRules, RateRule::variable, variable);
    }

    /** @return the initial assignment for this variable */
    public Optional<InitialAssignment> initialAssignment(String variable) {
        return find(initialAssignments, InitialAssignment::variable, variable);
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> key, String id) {
        for (T item : items) {
            if (key.apply(item).equals(id)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * An explicit override of a parameter's value. An initial assignment that targets the
     * parameter is removed, so the given value is the one used.
     *
     * @throws IllegalArgumentException if there is no parameter {@code id}
     */
    public Model withParameterValue(String id, double value) {
        if (parameter(id).isEmpty()) {
            throw new IllegalArgumentException("model " + this.id + " has no parameter '" + id + "'");
        }
        List<Parameter> ps = new ArrayList<>();
        for (Parameter p : parameters) {
            ps.add(p.id().equals(id) ? p.withValue(value) : p);
        }
        List<InitialAssignment> ias = new ArrayList<>(initialAssignments);
        ias.removeIf(ia -> ia.variable().equals(id));
        return new Model(this.id, units, compartments, species, ps, ias, assignmentRules, rateRules,
                reactions, events, algebraicRules);
    }

    /**
     * Binds an input: the constant parameter {@code id} (a module's port, e.g. a damage rate a
     * module leaves at 0) is replaced by the assignment rule {@code id := math}, so that another
     * module drives it. Initial assignments and events must not target it.
     *
     * @param id     a parameter of this model
     * @param math   the expression that drives it from now on
     * @param origin where the binding is made
     * @return the bound model
     * @throws IllegalArgumentException if there is no such parameter, or something else assigns it
     */
    public Model withParameterBound(String id, Expr math, Origin origin) {
        if (parameter(id).isEmpty()) {
            throw new IllegalArgumentException("model " + this.id + " has no parameter '" + id + "' to bind");
        }
        boolean assigned = initialAssignments.stream().anyMatch(ia -> ia.variable().equals(id))
                || rateRules.stream().anyMatch(r -> r.variable().equals(id))
                || events.stream().anyMatch(e -> e.assignments().stream().anyMatch(a -> a.variable().equals(id)));
        if (assigned) {
            throw new IllegalArgumentException("parameter '" + id + "' of model " + this.id
                    + " is assigned by an initial assignment, rate rule or event; it cannot be bound");
        }
        List<Parameter> ps = new ArrayList<>(parameters);
        ps.removeIf(p -> p.id().equals(id));
        List<AssignmentRule> rules = new ArrayList<>(assignmentRules);
        rules.add(new AssignmentRule(id, math, origin));
        return new Model(this.id, units, compartments, species, ps, initialAssignments, rules, rateRules,
                reactions, events, algebraicRules);
    }

    /**
     * @param f a rewriting of expressions
     * @return a copy with {@code f} applied to every expression: initial assignments, rules,
     *         rates, stoichiometry math, event triggers, delays, priorities and assignments,
     *         algebraic rules (the variables they set are unchanged)
     */
    public Model withMath(java.util.function.UnaryOperator<Expr> f) {
        List<InitialAssignment> ias = initialAssignments.stream()
                .map(a -> new InitialAssignment(a.variable(), f.apply(a.math()), a.origin())).toList();
        List<AssignmentRule> ars = assignmentRules.stream()
                .map(a -> new AssignmentRule(a.variable(), f.apply(a.math()), a.origin())).toList();
        List<RateRule> rrs = rateRules.stream().map(a -> new RateRule(a.variable(), f.apply(a.math()), a.origin())).toList();
        List<Reaction> rs = reactions.stream().map(r -> new Reaction(r.id(), refs(r.reactants(), f),
                refs(r.products(), f), f.apply(r.rate()), r.fast(), r.origin())).toList();
        List<Event> es = events.stream().map(e -> new Event(e.id(), f.apply(e.trigger()),
                e.delay() == null ? null : f.apply(e.delay()), e.priority() == null ? null : f.apply(e.priority()),
                e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(),
                e.assignments().stream().map(a -> new EventAssignment(a.variable(), f.apply(a.math()),
                        a.factor() == null ? null : f.apply(a.factor()))).toList(),
                e.origin())).toList();
        List<AlgebraicRule> algs = algebraicRules.stream().map(a -> new AlgebraicRule(f.apply(a.math()), a.origin())).toList();
        return new Model(id, units, compartments, species, parameters, ias, ars, rrs, rs, es, algs);
    }

    private static List<SpeciesRef> refs(List<SpeciesRef> refs, java.util.function.UnaryOperator<Expr> f) {
        return refs.stream().map(r -> r.stoichiometryMath() == null ? r
                : new SpeciesRef(r.species(), r.stoichiometry(), f.apply(r.stoichiometryMath()))).toList();
    }

    /**
     * @param name the new id of each id (applied to every element's id and every name in math;
     *             {@code time} is left alone)
     * @return a copy with its ids renamed (a module made to fit beside others)
     */
    public Model withIdsRenamed(java.util.function.UnaryOperator<String> name) {
        java.util.function.UnaryOperator<Expr> math = e -> e.rewrite(x ->
                x instanceof Expr.Ref r && !r.name().equals("time")
                        ? Expr.ref(name.apply(r.name())) : x);
        Model m = withMath(math);
        List<Compartment> cs = compartments.stream().map(c -> new Compartment(name.apply(c.id()), c.size(), c.unit(),
                c.constant(), c.origin())).toList();
        List<Species> ss = species.stream().map(s -> new Species(name.apply(s.id()), name.apply(s.compartment()),
                s.initialAmount(), s.unit(), s.boundary(), s.constant(), s.origin())).toList();
        List<Parameter> ps = parameters.stream().map(p -> new Parameter(name.apply(p.id()), p.value(), p.unit(),
                p.constant(), p.provenance(), p.origin())).toList();
        List<InitialAssignment> ias = m.initialAssignments.stream().map(a -> new InitialAssignment(
                name.apply(a.variable()), a.math(), a.origin())).toList();
        List<AssignmentRule> ars = m.assignmentRules.stream().map(a -> new AssignmentRule(name.apply(a.variable()),
                a.math(), a.origin())).toList();
        List<RateRule> rrs = m.rateRules.stream().map(a -> new RateRule(name.apply(a.variable()), a.math(),
                a.origin())).toList();
        List<Reaction> rs = m.reactions.stream().map(r -> new Reaction(name.apply(r.id()), renamed(r.reactants(), name),
                renamed(r.products(), name), r.rate(), r.fast(), r.origin())).toList();
        List<Event> es = m.events.stream().map(e -> new Event(name.apply(e.id()), e.trigger(), e.delay(), e.priority(),
                e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(), e.assignments().stream().map(a ->
                new EventAssignment(name.apply(a.variable()), a.math(), a.factor())).toList(), e.origin())).toList();
        return new Model(id, units, cs, ss, ps, ias, ars, rrs, rs, es, m.algebraicRules);
    }

    private static List<SpeciesRef> renamed(List<SpeciesRef> refs, java.util.function.UnaryOperator<String> name) {
        return refs.stream().map(r -> new SpeciesRef(name.apply(r.species()), r.stoichiometry(),
                r.stoichiometryMath())).toList();
    }

    /**
     * @param variable an assignment-rule variable of this model
     * @param math     its new definition
     * @param origin   where the replacement is made
     * @return a copy in which the rule {@code variable := math} replaces the old one (same place)
     * @throws IllegalArgumentException if there is no such rule
     */
    public Model withRuleReplaced(String variable, Expr math, Origin origin) {
        if (assignmentRule(variable).isEmpty()) {
            throw new IllegalArgumentException("model " + id + " has no assignment rule for '" + variable + "'");
        }
        List<AssignmentRule> rules = assignmentRules.stream()
                .map(r -> r.variable().equals(variable) ? new AssignmentRule(variable, math, origin) : r).toList();
        return new Model(id, units, compartments, species, parameters, initialAssignments, rules, rateRules,
                reactions, events, algebraicRules);
    }

    /** @return a copy with {@code extra} appended to the events (fired after existing ones at equal times) */
    public Model withEvents(List<Event> extra) {
        List<Event> all = new ArrayList<>(events);
        all.addAll(extra);
        return new Model(id, units, compartments, species, parameters, initialAssignments,
                assignmentRules, rateRules, reactions, all, algebraicRules);
    }

    /**
     * Combines two modules into one model with this model's id; {@code other}'s elements follow
     * this model's in every list.
     *
     * <p>Every id must be defined once. Exceptions, where the two definitions are the same
     * thing seen from two modules: identical unit definitions and identical compartments are
     * kept once; a species appearing in both is unified when its boundary and constant flags
     * agree, at most one side gives an initial amount (the other has NaN), and the compartments
     * and units agree or one side has the default (the {@value #DEFAULT_COMPARTMENT}, no unit), and
     * the domains agree or one side writes none.
     * Reaction and event ids generated for unnamed ones ({@code _J0}, {@code _E0}, ...) are
     * renumbered in {@code other} when they collide. A parameter cannot be redefined here; use
     * {@link #withParameterValue} for an explicit override.
     *
     * @throws ModelException listing every duplicate, each naming both definitions' origins
     */
    public Model merge(Model other) {
        List<ModelException.Problem> problems = new ArrayList<>();
        Map<String, Origin> seen = new LinkedHashMap<>();

        Map<String, UnitDefinition> us = new LinkedHashMap<>();
        for (UnitDefinition u : units) {
            us.put(u.id(), u);
        }
        for (UnitDefinition u : other.units) {
            UnitDefinition mine = us.putIfAbsent(u.id(), u);
            if (mine != null && !mine.definition().equals(u.definition())) {
                problems.add(new ModelException.Problem(Origin.BUILT_IN, "unit '" + u.id()
                        + "' is defined as '" + mine.definition() + "' in " + id + " and as '"
                        + u.definition() + "' in " + other.id));
            }
        }

        Map<String, Compartment> cs = new LinkedHashMap<>();
        for (Compartment c : compartments) {
            cs.put(c.id(), c);
            seen.put(c.id(), c.origin());
        }
        for (Compartment c : other.compartments) {
            Compartment mine = cs.get(c.id());
            if (mine != null && Double.compare(mine.size(), c.size()) == 0
                    && Objects.equals(mine.unit(), c.unit())) {
                continue;
            }
            declare(seen, c.id(), c.origin(), problems);
            cs.putIfAbsent(c.id(), c);
        }

        Map<String, Species> ss = new LinkedHashMap<>();
        for (Species s : species) {
            ss.put(s.id(), s);
            declare(seen, s.id(), s.origin(), problems);
        }
        for (Species s : other.species) {
            Species mine = ss.get(s.id());
            Species unified = mine == null ? null : unify(mine, s);
            if (unified != null) {
                ss.put(s.id(), unified);
            } else {
                declare(seen, s.id(), s.origin(), problems);
                ss.putIfAbsent(s.id(), s);
            }
        }

        List<Parameter> ps = new ArrayList<>(parameters);
        ps.addAll(other.parameters);
        for (Parameter p : ps) {
            declare(seen, p.id(), p.origin(), problems);
        }

        List<Reaction> rs = new ArrayList<>(reactions);
        for (Reaction r : rs) {
            declare(seen, r.id(), r.origin(), problems);
        }
        for (Reaction r : other.reactions) {
            String rid = freshIfGenerated(r.id(), "_J", seen);
            rs.add(r.withId(rid));
            declare(seen, rid, r.origin(), problems);
        }
        List<Event> es = new ArrayList<>(events);
        for (Event e : es) {
            declare(seen, e.id(), e.origin(), problems);
        }
        for (Event e : other.events) {
            String eid = freshIfGenerated(e.id(), "_E", seen);
            es.add(e.withId(eid));
            declare(seen, eid, e.origin(), problems);
        }

        List<AssignmentRule> ars = concat(assignmentRules, other.assignmentRules);
        List<RateRule> rrs = concat(rateRules, other.rateRules);
        List<InitialAssignment> ias = concat(initialAssignments, other.initialAssignments);
        Map<String, Origin> ruleTargets = new LinkedHashMap<>();
        for (AssignmentRule r : ars) {
            declare(ruleTargets, r.variable(), r.origin(), problems);
        }
        Map<String, Origin> rateTargets = new LinkedHashMap<>();
        for (RateRule r : rrs) {
            declare(rateTargets, r.variable(), r.origin(), problems);
        }
        Map<String, Origin> initTargets = new LinkedHashMap<>();
        for (InitialAssignment a : ias) {
            declare(initTargets, a.variable(), a.origin(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        return new Model(id, new ArrayList<>(us.values()), new ArrayList<>(cs.values()),
                new ArrayList<>(ss.values()), ps, ias, ars, rrs, rs, es,
                concat(algebraicRules, other.algebraicRules));
    }

    private static void declare(Map<String, Origin> seen, String id, Origin origin,
                                List<ModelException.Problem> problems) {
        Origin first = seen.putIfAbsent(id, origin);
        if (first != null) {
            problems.add(new ModelException.Problem(origin, "duplicate id '" + id
                    + "' (also defined at " + first + ")"));
        }
    }

    private static Species unify(Species a, Species b) {
        boolean compatible = a.boundary() == b.boundary() && a.constant() == b.constant()
                && (Double.isNaN(a.initialAmount()) || Double.isNaN(b.initialAmount()))
                && (a.compartment().equals(b.compartment()) || a.compartment().equals(DEFAULT_COMPARTMENT)
                    || b.compartment().equals(DEFAULT_COMPARTMENT))
                && (a.unit() == null || b.unit() == null || a.unit().equals(b.unit()));
        if (!compatible) {
            return null;
        }
        Species declaring = Double.isNaN(a.initialAmount()) && !Double.isNaN(b.initialAmount()) ? b : a;
        String compartment = a.compartment().equals(DEFAULT_COMPARTMENT) ? b.compartment() : a.compartment();
        String unit = a.unit() != null ? a.unit() : b.unit();
        boolean sameDomain = a.domain() == null || b.domain() == null || a.domain().equals(b.domain());
        if (!sameDomain) {
            return null;
        }
        return new Species(a.id(), compartment, declaring.initialAmount(), unit, a.boundary(),
                a.constant(), declaring.origin(), a.domain() != null ? a.domain() : b.domain());
    }

    private static String freshIfGenerated(String id, String prefix, Map<String, Origin> taken) {
        if (!taken.containsKey(id) || !id.matches(Pattern.quote(prefix) + "\\d+")) {
            return id;
        }
        int n = 0;
        while (taken.containsKey(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * @return the math of the initial assignments, assignment and rate rules, reaction rates, stoichiometries,
     *         events (triggers, delays, priorities, assignments) and algebraic rules, in that order
     */
    public List<Expr> expressions() {
        List<Expr> all = new ArrayList<>();
        initialAssignments.forEach(a -> all.add(a.math()));
        assignmentRules.forEach(a -> all.add(a.math()));
        rateRules.forEach(a -> all.add(a.math()));
        for (Reaction r : reactions) {
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
        for (Event e : events) {
            all.add(e.trigger());
            if (e.delay() != null) {
                all.add(e.delay());
            }
            if (e.priority() != null) {
                all.add(e.priority());
            }
            e.assignments().forEach(a -> all.add(a.math()));
        }
        algebraicRules.forEach(a -> all.add(a.math()));
        return all;
    }
}
