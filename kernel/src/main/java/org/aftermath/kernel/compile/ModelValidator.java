package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.NearestNames;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;

/**
 * Checks that a model can be compiled and reports every problem at once, each with its origin:
 * <ul>
 *   <li>ids: duplicates (across compartments, species, parameters, reactions, events), invalid
 *       identifiers, the reserved {@code time};</li>
 *   <li>names in expressions: undefined ones (the message lists the closest defined names by
 *       edit distance), reaction or event ids used as values, unknown functions and wrong
 *       argument counts;</li>
 *   <li>rules: more than one rule or initial assignment per variable, an assignment rule
 *       together with a rate rule or initial assignment, assignment rules on parameters (their
 *       variables need no declaration; a compartment may have one), rate rules on constant things,
 *       cycles among assignment rules and among initial assignments;</li>
 *   <li>reactions: participants that are not species, constant non-boundary species, species
 *       that also have an assignment or rate rule, stoichiometries that are not positive;</li>
 *   <li>events: assignments to observables, to constant things or twice to one variable;
 *       names in triggers, delays and priorities;</li>
 *   <li>values: missing values without an initial assignment, compartment sizes that are not
 *       positive, unknown units; algebraic rules left unsolved.</li>
 * </ul>
 */
public final class ModelValidator {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern UNIT_NAME = Pattern.compile("(?<![0-9.])[A-Za-z_][A-Za-z0-9_]*");
    /** SBML base units, and the units Aftermath predefines. */
    private static final Set<String> KNOWN_UNITS = Set.of("ampere", "avogadro", "becquerel", "candela",
            "coulomb", "dimensionless", "farad", "gram", "gray", "henry", "hertz", "item", "joule", "katal",
            "kelvin", "kilogram", "litre", "liter", "lumen", "lux", "metre", "meter", "mole", "newton", "ohm",
            "pascal", "radian", "second", "siemens", "sievert", "steradian", "tesla", "volt", "watt", "weber",
            "day", "hour");

    private enum Kind { COMPARTMENT, SPECIES, PARAMETER, OBSERVABLE, REACTION, EVENT }

    private final Model m;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, AssignmentRule> rules = new LinkedHashMap<>();
    private final Map<String, RateRule> rateRules = new LinkedHashMap<>();
    private final Map<String, InitialAssignment> initial = new LinkedHashMap<>();

    private ModelValidator(Model m) {
        this.m = m;
    }

    /** @return every problem, empty when the model can be compiled */
    public static List<Problem> problems(Model m) {
        return new ModelValidator(m).run();
    }

    /** @throws ModelException listing every problem, if there is any */
    public static void validate(Model m) {
        List<Problem> problems = problems(m);
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }

    private void error(Origin at, String message) {
        problems.add(new Problem(at, message));
    }

    private List<Problem> run() {
        ids();
        ruleTargets();
        values();
        units();
        reactions();
        for (InitialAssignment ia : initial.values()) {
            expression(ia.math(), "the initial assignment for " + ia.variable(), ia.origin());
        }
        for (AssignmentRule r : rules.values()) {
            expression(r.math(), "the assignment rule for " + r.variable(), r.origin());
        }
        for (RateRule r : rateRules.values()) {
            expression(r.math(), "the rate rule for " + r.variable(), r.origin());
        }
        events();
        cycles();
        problems.sort(Comparator.comparing((Problem p) -> p.origin().file()).thenComparingInt(p -> p.origin().line()));
        return problems;
    }

    // ------------------------------------------------------------------ ids

    private void ids() {
        for (Compartment c : m.compartments()) {
            declare(c.id(), Kind.COMPARTMENT, c.origin());
        }
        for (Species s : m.species()) {
            declare(s.id(), Kind.SPECIES, s.origin());
        }
        for (Parameter p : m.parameters()) {
            declare(p.id(), Kind.PARAMETER, p.origin());
        }
        for (Reaction r : m.reactions()) {
            declare(r.id(), Kind.REACTION, r.origin());
        }
        for (Event e : m.events()) {
            declare(e.id(), Kind.EVENT, e.origin());
        }
    }

    private void declare(String id, Kind kind, Origin origin) {
        if (id.equals("time")) {
            error(origin, "'time' is reserved for the model time and cannot be an id");
            return;
        }
        if (!IDENTIFIER.matcher(id).matches()) {
            error(origin, "'" + id + "' is not a valid id (letters, digits and '_', not starting with a digit)");
        }
        Kind previous = kinds.putIfAbsent(id, kind);
        if (previous != null) {
            error(origin, "duplicate id '" + id + "': " + describe(kind) + " here and " + describe(previous)
                    + " at " + origins.get(id));
        } else {
            origins.put(id, origin);
        }
    }

    private static String describe(Kind k) {
        return switch (k) {
            case COMPARTMENT -> "a compartment";
            case SPECIES -> "a species";
            case PARAMETER -> "a parameter";
            case OBSERVABLE -> "an assignment-rule variable";
            case REACTION -> "a reaction";
            case EVENT -> "an event";
        };
    }

    private void ruleTargets() {
        for (AssignmentRule r : m.assignmentRules()) {
            AssignmentRule first = rules.putIfAbsent(r.variable(), r);
            if (first != null) {
                error(r.origin(), "'" + r.variable() + "' has a second assignment rule (first at " + first.origin() + ")");
                continue;
            }
            Kind k = kinds.get(r.variable());
            if (k == null) {
                if (r.variable().equals("time")) {
                    error(r.origin(), "'time' is reserved for the model time and cannot be assigned");
                    continue;
                }
                kinds.put(r.variable(), Kind.OBSERVABLE);
                origins.put(r.variable(), r.origin());
            } else if (k != Kind.SPECIES && k != Kind.COMPARTMENT) {
                error(r.origin(), "'" + r.variable() + "' has an assignment rule but is " + describe(k) + " (at "
                        + origins.get(r.variable()) + "); an assignment-rule variable needs no other declaration");
            }
        }
        for (RateRule r : m.rateRules()) {
            RateRule first = rateRules.putIfAbsent(r.variable(), r);
            if (first != null) {
                error(r.origin(), "'" + r.variable() + "' has a second rate rule (first at " + first.origin() + ")");
                continue;
            }
            if (!definedTarget(r.variable(), "the rate rule for " + r.variable(), r.origin())) {
                continue;
            }
            if (rules.containsKey(r.variable())) {
                error(r.origin(), "'" + r.variable() + "' has both a rate rule and an assignment rule (at "
                        + rules.get(r.variable()).origin() + ")");
            } else if (m.parameter(r.variable()).map(Parameter::constant).orElse(false)) {
                error(r.origin(), "rate rule for constant parameter '" + r.variable() + "'; declare it var");
            } else if (m.species(r.variable()).map(Species::constant).orElse(false)) {
                error(r.origin(), "rate rule for constant species '" + r.variable() + "'; declare it var");
            }
        }
        for (InitialAssignment ia : m.initialAssignments()) {
            InitialAssignment first = initial.putIfAbsent(ia.variable(), ia);
            if (first != null) {
                error(ia.origin(), "'" + ia.variable() + "' has a second initial assignment (first at "
                        + first.origin() + ")");
                continue;
            }
            if (definedTarget(ia.variable(), "the initial assignment for " + ia.variable(), ia.origin())
                    && rules.containsKey(ia.variable())) {
                error(ia.origin(), "'" + ia.variable() + "' has an initial assignment and an assignment rule (at "
                        + rules.get(ia.variable()).origin() + "); the rule alone defines it");
            }
        }
    }

    /** @return true if {@code name} is something a rule or assignment can set; reports otherwise */
    private boolean definedTarget(String name, String context, Origin at) {
        Kind k = kinds.get(name);
        if (k == null) {
            undefined(name, context, at);
            return false;
        }
        if (k == Kind.REACTION || k == Kind.EVENT) {
            error(at, "'" + name + "' in " + context + " is " + describe(k) + ", not a variable");
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ values and units

    private void values() {
        for (Compartment c : m.compartments()) {
            boolean assigned = initial.containsKey(c.id()) || rules.containsKey(c.id());
            if (Double.isNaN(c.size()) && !assigned) {
                error(c.origin(), "compartment '" + c.id() + "' has no size");
            } else if (!Double.isNaN(c.size()) && !(c.size() > 0 && Double.isFinite(c.size()))) {
                error(c.origin(), "compartment '" + c.id() + "' has size " + c.size() + "; it must be positive and finite");
            }
        }
        for (Species s : m.species()) {
            if (Double.isNaN(s.initialAmount()) && !initial.containsKey(s.id()) && !rules.containsKey(s.id())) {
                error(s.origin(), "species '" + s.id() + "' has no initial amount (e.g. " + s.id() + " = 0)");
            } else if (Double.isInfinite(s.initialAmount())) {
                error(s.origin(), "species '" + s.id() + "' has an infinite initial amount");
            }
            if (kinds.get(s.compartment()) != Kind.COMPARTMENT) {
                if (kinds.containsKey(s.compartment())) {
                    error(s.origin(), "species '" + s.id() + "' is in '" + s.compartment() + "', which is "
                            + describe(kinds.get(s.compartment())) + ", not a compartment");
                } else {
                    undefined(s.compartment(), "the compartment of species " + s.id(), s.origin());
                }
            }
        }
        for (Parameter p : m.parameters()) {
            if (Double.isNaN(p.value()) && !initial.containsKey(p.id())) {
                error(p.origin(), "parameter '" + p.id() + "' has no value (e.g. " + p.id() + " = 0)");
            } else if (Double.isInfinite(p.value())) {
                error(p.origin(), "parameter '" + p.id() + "' has an infinite value");
            }
        }
    }

    private void units() {
        Set<String> defined = new LinkedHashSet<>(KNOWN_UNITS);
        for (UnitDefinition u : m.units()) {
            defined.add(u.id());
        }
        for (UnitDefinition u : m.units()) {
            Matcher names = UNIT_NAME.matcher(u.definition());
            while (names.find()) {
                unit(names.group(), "the definition of unit " + u.id(), Origin.BUILT_IN, defined);
            }
        }
        m.compartments().forEach(c -> unit(c.unit(), "compartment " + c.id(), c.origin(), defined));
        m.species().forEach(s -> unit(s.unit(), "species " + s.id(), s.origin(), defined));
        m.parameters().forEach(p -> unit(p.unit(), "parameter " + p.id(), p.origin(), defined));
    }

    private void unit(String unit, String context, Origin at, Set<String> defined) {
        if (unit == null || defined.contains(unit)
                || unit.endsWith("s") && KNOWN_UNITS.contains(unit.substring(0, unit.length() - 1))) {
            return;
        }
        error(at, "unknown unit '" + unit + "' in " + context + "; " + closest(unit, defined));
    }

    // ------------------------------------------------------------------ reactions

    private void reactions() {
        for (Reaction r : m.reactions()) {
            String ctx = "reaction " + r.id();
            if (r.rate() == null) {
                error(r.origin(), ctx + " has no rate law");
            } else {
                expression(r.rate(), "the rate of " + ctx, r.origin());
            }
            List<SpeciesRef> refs = new ArrayList<>(r.reactants());
            refs.addAll(r.products());
            for (SpeciesRef ref : refs) {
                participant(r, ref);
            }
        }
    }

    private void participant(Reaction r, SpeciesRef ref) {
        String name = ref.species();
        if (ref.stoichiometryMath() != null) {
            expression(ref.stoichiometryMath(), "the stoichiometry of '" + name + "' in reaction " + r.id(), r.origin());
        } else if (!Double.isFinite(ref.stoichiometry())) {
            error(r.origin(), "reaction " + r.id() + ": stoichiometry of '" + name + "' is "
                    + ref.stoichiometry() + "; it must be finite");
        }
        Kind k = kinds.get(name);
        if (k == null) {
            undefined(name, "reaction " + r.id(), r.origin());
            return;
        }
        if (k != Kind.SPECIES) {
            error(r.origin(), "reaction " + r.id() + " changes '" + name + "', which is " + describe(k)
                    + ", not a species");
            return;
        }
        Species s = m.species(name).orElseThrow();
        if (s.boundary()) {
            return;
        }
        if (s.constant()) {
            error(r.origin(), "reaction " + r.id() + " changes constant species '" + name
                    + "'; make it a boundary species ($" + name + ") or not constant");
        } else if (rules.containsKey(name)) {
            error(r.origin(), "species '" + name + "' is changed by reaction " + r.id()
                    + " and set by an assignment rule (at " + rules.get(name).origin() + ")");
        } else if (rateRules.containsKey(name)) {
            error(r.origin(), "species '" + name + "' is changed by reaction " + r.id()
                    + " and by a rate rule (at " + rateRules.get(name).origin() + "); make it a boundary species");
        }
    }

    // ------------------------------------------------------------------ events

    private void events() {
        for (Event e : m.events()) {
            String ctx = "event " + e.id();
            expression(e.trigger(), "the trigger of " + ctx, e.origin());
            if (e.delay() != null) {
                expression(e.delay(), "the delay of " + ctx, e.origin());
            }
            if (e.priority() != null) {
                expression(e.priority(), "the priority of " + ctx, e.origin());
            }
            Set<String> assigned = new LinkedHashSet<>();
            for (EventAssignment a : e.assignments()) {
                expression(a.math(), "the assignment to " + a.variable() + " in " + ctx, e.origin());
                if (a.factor() != null) {
                    expression(a.factor(), "the factor of the assignment to " + a.variable() + " in " + ctx, e.origin());
                }
                if (!assigned.add(a.variable())) {
                    error(e.origin(), ctx + " assigns '" + a.variable() + "' twice");
                }
                if (!definedTarget(a.variable(), ctx, e.origin())) {
                    continue;
                }
                if (rules.containsKey(a.variable())) {
                    error(e.origin(), ctx + " assigns '" + a.variable()
                            + "', an observable defined by an assignment rule");
                } else if (m.parameter(a.variable()).map(Parameter::constant).orElse(false)) {
                    error(e.origin(), ctx + " assigns constant parameter '" + a.variable() + "'; declare it var");
                } else if (m.species(a.variable()).map(Species::constant).orElse(false)) {
                    error(e.origin(), ctx + " assigns constant species '" + a.variable() + "'; declare it var");
                }
            }
        }
        for (org.aftermath.kernel.model.AlgebraicRule r : m.algebraicRules()) {
            error(r.origin(), "algebraic rule 0 = " + org.aftermath.kernel.expr.ExprPrinter.print(r.math())
                    + " is not solved here (ModelCompiler reduces algebraic rules before it validates)");
        }
    }

    // ------------------------------------------------------------------ expressions

    private void expression(Expr e, String context, Origin at) {
        for (String name : e.references()) {
            Kind k = kinds.get(name);
            if (name.equals("time") && k == null) {
                continue;
            }
            if (k == null) {
                undefined(name, context, at);
            } else if (k == Kind.REACTION || k == Kind.EVENT) {
                error(at, "'" + name + "' in " + context + " is " + describe(k)
                        + "; only compartments, species, parameters and assignment-rule variables have values");
            }
        }
        calls(e, context, at);
    }

    private void calls(Expr e, String context, Origin at) {
        if (e instanceof Expr.Call c) {
            Functions.arityProblem(c.function(), c.args().size()).ifPresent(p -> error(at, p + " in " + context));
            if (c.function().equals(Functions.RATE_OF) && !(c.args().size() == 1 && c.args().get(0) instanceof Expr.Ref)) {
                error(at, "rateOf takes the name of a variable in " + context);
            }
            c.args().forEach(a -> calls(a, context, at));
        } else if (e instanceof Expr.Unary u) {
            calls(u.operand(), context, at);
        } else if (e instanceof Expr.Binary b) {
            calls(b.left(), context, at);
            calls(b.right(), context, at);
        } else if (e instanceof Expr.Piecewise p) {
            p.values().forEach(v -> calls(v, context, at));
            p.conditions().forEach(v -> calls(v, context, at));
            calls(p.otherwise(), context, at);
        }
    }

    private void undefined(String name, String context, Origin at) {
        Set<String> candidates = new LinkedHashSet<>();
        kinds.forEach((n, k) -> {
            if (k != Kind.REACTION && k != Kind.EVENT) {
                candidates.add(n);
            }
        });
        candidates.add("time");
        error(at, "undefined name '" + name + "' in " + context + "; " + closest(name, candidates));
    }

    /** @return "closest defined names: a, b" by edit distance, or that none is similar */
    static String closest(String name, Set<String> candidates) {
        int limit = Math.max(2, name.length() / 2);
        List<String> close = NearestNames.closest(name, candidates, 3).stream()
                .filter(c -> NearestNames.distance(name, c) <= limit).toList();
        return close.isEmpty() ? "no defined name is similar" : "closest defined names: " + String.join(", ", close);
    }

    // ------------------------------------------------------------------ cycles

    private void cycles() {
        for (List<String> cycle : DependencyOrder.cycles(rules.keySet(), v -> dependencies(rules.get(v).math(), false))) {
            error(rules.get(cycle.get(0)).origin(), "cycle in assignment rules: " + String.join(" -> ", cycle));
        }
        for (List<String> cycle : DependencyOrder.cycles(initial.keySet(), v -> {
            Expr math = initial.containsKey(v) ? initial.get(v).math() : rules.get(v).math();
            return dependencies(math, true);
        })) {
            if (!rules.keySet().containsAll(cycle)) {
                String first = cycle.stream().filter(initial::containsKey).findFirst().orElseThrow();
                error(initial.get(first).origin(), "cycle in initial assignments: " + String.join(" -> ", cycle));
            }
        }
    }

    private List<String> dependencies(Expr math, boolean includeInitial) {
        List<String> deps = new ArrayList<>();
        for (String r : math.references()) {
            if (rules.containsKey(r) || includeInitial && initial.containsKey(r)) {
                deps.add(r);
            }
        }
        return deps;
    }
}
