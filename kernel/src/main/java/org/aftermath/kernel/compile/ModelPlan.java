package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * What a valid model computes, in evaluation order, for both back-ends to follow step by step so
 * that they produce the same numbers.
 *
 * <p>Right-hand side: the observables the rates need (dependencies first), each used reaction
 * rate once, then for each state {@code ydot[i] = 0.0 ± s1*r1 ± s2*r2 ...} in reaction order
 * (reactant: minus, product: plus), or the rate rule, or 0 for a boundary species. Fast
 * reactions are kept apart ({@link #fastRates}, {@link #fastTerms}): the simulator holds them at
 * equilibrium. Every distinct {@code delay(x, d)} call gets an index ({@link #delays}) under
 * which the simulator records x's history.
 */
final class ModelPlan {

    /** Computes observable {@code index}. */
    record ObsStep(int index, Expr math) implements InitStep { }

    /** Writes {@code math} to a state or parameter slot. */
    record Assign(SlotLayout.Slot target, Expr math) implements InitStep { }

    /** An event's assignment: {@code math} (possibly from the trigger time) times {@code factor} (null: 1) at execution. */
    record EventWrite(SlotLayout.Slot target, Expr math, Expr factor) { }

    /** One initialisation step. */
    sealed interface InitStep permits ObsStep, Assign { }

    /** A reaction's contribution to one state: {@code ± stoichiometry × rates[rate]}. */
    record Term(int rate, Expr stoichiometry, boolean gain) { }

    /**
     * An event.
     *
     * @param id          the event id
     * @param event       the model's event (flags, delay, priority)
     * @param threshold   for a scheduled event ({@code time >= e}, e constant): e; else null
     * @param thresholds  the constant e of every time comparison inside the trigger: times at
     *                    which the trigger may switch, known in advance
     * @param atoms       every other comparison inside the trigger, located on the dense output
     * @param observables the observables its assignments read, dependencies first
     * @param assignments its assignments
     */
    record EventPlan(String id, Event event, Expr threshold, List<Expr> thresholds, List<Expr> atoms,
                     List<ObsStep> observables, List<EventWrite> assignments) { }

    final Model model;
    final SlotLayout layout;
    /** All observables, dependencies first. */
    final List<ObsStep> observables;
    /** The observables the right-hand side needs, dependencies first. */
    final List<ObsStep> rhsObservables;
    /** Per observable: the steps that compute it alone, its dependencies first and itself last. */
    final List<List<ObsStep>> singleObservables;
    /** The reaction rates the right-hand side uses. */
    final List<Expr> rates;
    /** Per state: the reaction terms. */
    final List<List<Term>> terms;
    /** Per state: the rate rule, or null. */
    final List<Expr> rateRules;
    final List<InitStep> init;
    final List<EventPlan> events;
    /**
     * The distinct event forms (observables and assignments; id and time aside), in order of
     * first appearance: the doses of one treatment share one form, so generated code scales
     * with the number of forms, not of doses.
     */
    final List<EventPlan> eventForms;
    /** Per event: the index of its form in {@link #eventForms}. */
    final int[] eventForm;
    /** The distinct non-numeric trigger thresholds, in order of first appearance. */
    final List<Expr> triggerForms;
    /** Per event: the index of its threshold in {@link #triggerForms}, or -1 for a numeric one. */
    final int[] triggerForm;
    /** The rates of the fast reactions that change a state. */
    final List<Expr> fastRates;
    /** Per state: the fast reactions' terms (indices into {@link #fastRates}). */
    final List<List<Term>> fastTerms;
    /** Every distinct {@code delay(x, d)} call; its index is its history's. */
    final List<Expr.Call> delays;
    /** Per delay call: the observables its x and d read, dependencies first. */
    final List<List<ObsStep>> delayObservables;
    /** Per delay call: x before the start (the model resting in its initial state: every rateOf 0). */
    final List<Expr> delaysAtRest;

    private final Map<String, AssignmentRule> rules = new LinkedHashMap<>();

    ModelPlan(Model model, SlotLayout layout) {
        this(model, layout, Map.of());
    }

    /**
     * @param atRest per delay call, its x before the start where it differs from x (see
     *               {@link RateOfExpansion.Expanded})
     */
    ModelPlan(Model model, SlotLayout layout, Map<Expr.Call, Expr> atRest) {
        this.model = model;
        this.layout = layout;
        for (AssignmentRule r : model.assignmentRules()) {
            rules.put(r.variable(), r);
        }
        observables = observablesFor(rules.keySet());
        singleObservables = new ArrayList<>();
        for (String name : rules.keySet()) {
            singleObservables.add(observablesFor(List.of(name)));
        }

        int n = layout.stateNames.size();
        terms = new ArrayList<>();
        fastTerms = new ArrayList<>();
        rateRules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            terms.add(new ArrayList<>());
            fastTerms.add(new ArrayList<>());
            rateRules.add(null);
        }
        rates = new ArrayList<>();
        fastRates = new ArrayList<>();
        List<Expr> rhsMath = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            List<Expr> into = r.fast() ? fastRates : rates;
            List<List<Term>> termsInto = r.fast() ? fastTerms : terms;
            int rate = into.size();
            List<Expr> stoichiometries = new ArrayList<>();
            boolean used = addTerms(r.reactants(), rate, false, termsInto, stoichiometries)
                    | addTerms(r.products(), rate, true, termsInto, stoichiometries);
            if (used) {
                into.add(r.rate());
                if (!r.fast()) {
                    rhsMath.add(r.rate());
                    rhsMath.addAll(stoichiometries);
                }
            }
        }
        for (RateRule r : model.rateRules()) {
            rateRules.set(layout.index(r.variable(), SlotLayout.Kind.STATE), r.math());
            rhsMath.add(r.math());
        }
        rhsObservables = observablesFor(referencedRules(rhsMath));
        init = initSteps();
        Changing changing = new Changing(model);
        events = new ArrayList<>();
        for (Event e : model.events()) {
            events.add(eventPlan(e, changing));
        }
        delays = delayCalls();
        delayObservables = new ArrayList<>();
        delaysAtRest = new ArrayList<>();
        for (Expr.Call c : delays) {
            Expr rest = atRest.getOrDefault(c, c.args().get(0));
            delaysAtRest.add(rest);
            List<Expr> read = new ArrayList<>(c.args());
            read.add(rest);
            delayObservables.add(observablesFor(referencedRules(read)));
        }
        eventForms = new ArrayList<>();
        eventForm = new int[events.size()];
        triggerForms = new ArrayList<>();
        triggerForm = new int[events.size()];
        Map<List<Object>, Integer> forms = new HashMap<>();
        Map<Expr, Integer> triggers = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            EventPlan e = events.get(i);
            eventForm[i] = forms.computeIfAbsent(List.of(e.observables(), e.assignments()), k -> {
                eventForms.add(e);
                return eventForms.size() - 1;
            });
            triggerForm[i] = e.threshold() == null || e.threshold() instanceof Expr.Num ? -1
                    : triggers.computeIfAbsent(e.threshold(), k -> {
                triggerForms.add(k);
                return triggerForms.size() - 1;
            });
        }
    }

    /** A plan with the same structure for another model of the same {@link ModelShape}. */
    private ModelPlan(ModelPlan structure, Model model, SlotLayout layout) {
        this.model = model;
        this.layout = layout;
        this.observables = structure.observables;
        this.rhsObservables = structure.rhsObservables;
        this.singleObservables = structure.singleObservables;
        this.rates = structure.rates;
        this.terms = structure.terms;
        this.rateRules = structure.rateRules;
        this.init = structure.init;
        this.fastRates = structure.fastRates;
        this.fastTerms = structure.fastTerms;
        this.delays = structure.delays;
        this.delayObservables = structure.delayObservables;
        this.delaysAtRest = structure.delaysAtRest;
        this.events = new ArrayList<>();
        for (int i = 0; i < structure.events.size(); i++) {
            EventPlan e = structure.events.get(i);
            Event other = model.events().get(i);
            Expr threshold = e.threshold() == null ? null : TimeTrigger.threshold(other.trigger())
                    .orElseThrow(() -> new IllegalStateException("unvalidated trigger of event " + e.id()));
            List<Expr> thresholds = e.threshold() == null ? e.thresholds() : List.of(threshold);
            this.events.add(new EventPlan(e.id(), other, threshold, thresholds, e.atoms(), e.observables(),
                    e.assignments()));
        }
        this.eventForms = structure.eventForms;
        this.eventForm = structure.eventForm;
        this.triggerForms = structure.triggerForms;
        this.triggerForm = structure.triggerForm;
        this.rules.putAll(structure.rules);
    }

    /**
     * @param other a model with the same {@link ModelShape} as this plan's model
     * @return the plan of {@code other}: this plan's evaluation order with other's slot values
     *         and event times
     */
    ModelPlan forModel(Model other) {
        return new ModelPlan(this, other, new SlotLayout(other));
    }

    private EventPlan eventPlan(Event e, Changing changing) {
        List<Expr> math = new ArrayList<>();
        List<EventWrite> assigns = new ArrayList<>();
        for (EventAssignment a : e.assignments()) {
            math.add(a.math());
            if (a.factor() != null) {
                math.add(a.factor());
            }
            assigns.add(new EventWrite(layout.slot(a.variable()), a.math(), a.factor()));
        }
        Optional<Expr> pure = TimeTrigger.threshold(e.trigger()).filter(changing::isConstant);
        List<Expr> thresholds = new ArrayList<>();
        List<Expr> atoms = new ArrayList<>();
        if (pure.isPresent()) {
            thresholds.add(pure.get());
        } else {
            for (Expr.Binary c : TimeTrigger.comparisons(e.trigger())) {
                Optional<Expr> at = TimeTrigger.comparisonThreshold(c).filter(changing::isConstant);
                if (at.isPresent()) {
                    thresholds.add(at.get());
                } else {
                    atoms.add(c);
                }
            }
        }
        return new EventPlan(e.id(), e, pure.orElse(null), thresholds, atoms,
                observablesFor(referencedRules(math)), assigns);
    }

    /** Adds terms for the species of one side that are states; @return true if any was added. */
    private boolean addTerms(List<SpeciesRef> refs, int rate, boolean gain, List<List<Term>> into,
                             List<Expr> stoichiometries) {
        boolean any = false;
        for (SpeciesRef ref : refs) {
            boolean boundary = model.species(ref.species()).map(s -> s.boundary()).orElse(true);
            int state = layout.index(ref.species(), SlotLayout.Kind.STATE);
            if (!boundary && state >= 0) {
                into.get(state).add(new Term(rate, ref.stoichiometryExpr(), gain));
                stoichiometries.add(ref.stoichiometryExpr());
                any = true;
            }
        }
        return any;
    }

    /** @return the observables (assignment rules) that {@code math} reads, dependencies first */
    List<ObsStep> observablesReadBy(Collection<Expr> math) {
        return observablesFor(referencedRules(math));
    }

    private Set<String> referencedRules(Collection<Expr> math) {
        Set<String> names = new LinkedHashSet<>();
        for (Expr e : math) {
            for (String name : e.references()) {
                if (rules.containsKey(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private List<ObsStep> observablesFor(Collection<String> roots) {
        List<ObsStep> steps = new ArrayList<>();
        for (String v : DependencyOrder.order(roots, this::ruleDependencies)) {
            steps.add(new ObsStep(layout.index(v, SlotLayout.Kind.OBSERVABLE), rules.get(v).math()));
        }
        return steps;
    }

    private Collection<String> ruleDependencies(String variable) {
        AssignmentRule r = rules.get(variable);
        return r == null ? List.of() : referencedRules(List.of(r.math()));
    }

    /** Initial assignments and the observables they read, each after what it uses. */
    private List<InitStep> initSteps() {
        Map<String, InitialAssignment> ias = new LinkedHashMap<>();
        for (InitialAssignment ia : model.initialAssignments()) {
            ias.put(ia.variable(), ia);
        }
        List<String> order = DependencyOrder.order(ias.keySet(), name -> {
            Expr math = ias.containsKey(name) ? ias.get(name).math()
                    : rules.containsKey(name) ? rules.get(name).math() : null;
            if (math == null) {
                return List.of();
            }
            List<String> deps = new ArrayList<>();
            for (String r : math.references()) {
                if (ias.containsKey(r) || rules.containsKey(r)) {
                    deps.add(r);
                }
            }
            return deps;
        });
        List<InitStep> steps = new ArrayList<>();
        for (String name : order) {
            if (ias.containsKey(name)) {
                steps.add(new Assign(layout.slot(name), ias.get(name).math()));
            } else {
                steps.add(new ObsStep(layout.index(name, SlotLayout.Kind.OBSERVABLE), rules.get(name).math()));
            }
        }
        return steps;
    }

    /** @return the distinct delay calls of the whole model, in first-use order */
    private List<Expr.Call> delayCalls() {
        Set<Expr.Call> calls = new LinkedHashSet<>();
        for (Expr e : model.expressions()) {
            collectDelays(e, calls);
        }
        return List.copyOf(calls);
    }

    private static void collectDelays(Expr e, Set<Expr.Call> into) {
        ModelExpressions.visit(e, x -> {
            if (x instanceof Expr.Call c && c.function().equals(Functions.DELAY)) {
                into.add(c);
            }
        });
    }

    /** @return the history index of a delay call of this model */
    int delayIndex(Expr.Call call) {
        int k = delays.indexOf(call);
        if (k < 0) {
            throw new IllegalStateException("delay call not planned: " + call);
        }
        return k;
    }

    /**
     * @return true when the right-hand side reads {@code time}: in a rate, a stoichiometry, a rate rule or an
     *         assignment rule they read (delays and fast reactions not counted)
     */
    boolean rightHandSideReadsTime() {
        List<Expr> rhs = new ArrayList<>(rates);
        for (ObsStep o : rhsObservables) {
            rhs.add(o.math());
        }
        for (Expr r : rateRules) {
            if (r != null) {
                rhs.add(r);
            }
        }
        for (List<Term> ts : terms) {
            for (Term t : ts) {
                rhs.add(t.stoichiometry());
            }
        }
        for (Expr e : rhs) {
            if (e.references().contains("time")) {
                return true;
            }
        }
        return false;
    }
}
