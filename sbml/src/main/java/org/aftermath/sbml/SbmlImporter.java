package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;
import org.aftermath.kernel.model.AlgebraicRule;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SpeciesReference;

/**
 * Translates a JSBML document into a kernel model (see {@link SbmlReader} for the rules). One
 * instance per document.
 */
final class SbmlImporter {

    /** Prefix of the observables {@link SbmlModel#withOutputs} adds; no kernel id of an import starts with it. */
    static final String OUTPUT_PREFIX = "__out";

    private static final Set<String> RESERVED = Set.of("time");

    private final SBMLDocument doc;
    private final org.sbml.jsbml.Model m;
    private final String source;
    private final Origin origin;
    private final List<ModelException.Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** SBML id → kernel id for every global id. */
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, MathFromSbml.Lambda> functions = new HashMap<>();
    /** Concentration species (kernel id) → its compartment (kernel id). */
    private final Map<String, String> concentration = new HashMap<>();
    /** Compartments (kernel ids) whose size can change continuously (a rate or assignment rule). */
    private final Set<String> flowingCompartments = new HashSet<>();
    /** Kernel ids of the targets of assignment rules. */
    private final Set<String> ruled = new HashSet<>();
    private final Map<String, SbmlModel.Variable> variables = new LinkedHashMap<>();
    private MathFromSbml math;

    SbmlImporter(SBMLDocument doc, String source) {
        this.doc = doc;
        this.m = doc.getModel();
        this.source = source;
        this.origin = new Origin(source, 0);
    }

    private void refuse(String what) {
        problems.add(new ModelException.Problem(origin, what));
    }

    SbmlModel run() {
        ids();
        for (FunctionDefinition f : m.getListOfFunctionDefinitions()) {
            functionDefinition(f);
        }
        math = new MathFromSbml(functions, id -> ids.getOrDefault(id, id));
        for (Rule r : m.getListOfRules()) {
            if ((r.isAssignment() || r.isRate()) && r.isSetMath()) {
                String v = ids.getOrDefault(variableOf(r), variableOf(r));
                if (r.isAssignment()) {
                    ruled.add(v);
                }
                if (m.getCompartment(variableOf(r)) != null) {
                    flowingCompartments.add(v);
                }
            }
        }
        List<Compartment> compartments = compartments();
        List<Species> species = species();
        List<Parameter> parameters = new ArrayList<>();
        List<InitialAssignment> initial = new ArrayList<>();
        List<AssignmentRule> assignmentRules = new ArrayList<>();
        List<RateRule> rateRules = new ArrayList<>();
        List<AlgebraicRule> algebraicRules = new ArrayList<>();
        for (org.sbml.jsbml.Parameter p : m.getListOfParameters()) {
            String id = ids.get(p.getId());
            variables.put(p.getId(), new SbmlModel.Variable(p.getId(), id, SbmlModel.Kind.PARAMETER, null, false, Expr.ref(id)));
            if (!ruled.contains(id)) {
                parameters.add(new Parameter(id, initialValue(p.getId(), id, p.isSetValue(),
                        p.isSetValue() ? p.getValue() : Double.NaN), unit(p.getUnits()), p.getConstant(),
                        AftermathAnnotation.provenance(p), origin));
            }
        }
        initial.addAll(syntheticInitial);
        List<Reaction> reactions = reactions(parameters, assignmentRules);
        for (org.sbml.jsbml.InitialAssignment a : m.getListOfInitialAssignments()) {
            String target = a.getVariable();
            String ctx = "the initial assignment to '" + target + "'";
            if (!a.isSetMath()) {
                notes.add(ctx + " has no math: ignored");
                continue;
            }
            initial.add(new InitialAssignment(kernelId(target, ctx), amount(target, expr(a.getMath(), ctx)), origin));
        }
        for (Rule r : m.getListOfRules()) {
            if (!r.isSetMath()) {
                notes.add("a rule " + (r.isAlgebraic() ? "" : "for '" + variableOf(r) + "' ") + "has no math: ignored");
                continue;
            }
            if (r.isAlgebraic()) {
                algebraicRules.add(new AlgebraicRule(expr(r.getMath(), "an algebraic rule"), origin));
                continue;
            }
            String target = variableOf(r);
            String ctx = (r.isAssignment() ? "the assignment rule" : "the rate rule") + " for '" + target + "'";
            String id = kernelId(target, ctx);
            Expr value = expr(r.getMath(), ctx);
            if (r.isAssignment()) {
                assignmentRules.add(new AssignmentRule(id, amount(target, value), origin));
            } else {
                rateRules.add(new RateRule(id, amountRate(target, value), origin));
            }
        }
        List<Event> events = events();
        if (m.getConstraintCount() > 0) {
            notes.add(m.getConstraintCount() + " constraint(s) not checked during simulation");
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        Model model = new Model(m.isSetId() ? m.getId() : "model", unitDefinitions(), compartments, species,
                parameters, initial, assignmentRules, rateRules, reactions, events, algebraicRules);
        model = reactionValues(model);
        String timeUnits = m.isSetTimeUnits() ? m.getTimeUnits() : null;
        return new SbmlModel(model, source, doc.getLevel(), doc.getVersion(), timeUnits, variables, notes);
    }

    private static String variableOf(Rule r) {
        return ((org.sbml.jsbml.ExplicitRule) r).getVariable();
    }

    // ------------------------------------------------------------------ ids

    /** Gives every global SBML id a kernel id: itself, unless it is reserved or starts with {@link #OUTPUT_PREFIX}. */
    private void ids() {
        List<String> all = new ArrayList<>();
        m.getListOfCompartments().forEach(c -> all.add(c.getId()));
        m.getListOfSpecies().forEach(s -> all.add(s.getId()));
        m.getListOfParameters().forEach(p -> all.add(p.getId()));
        for (org.sbml.jsbml.Reaction r : m.getListOfReactions()) {
            all.add(r.getId());
            r.getListOfReactants().forEach(s -> all.add(s.getId()));
            r.getListOfProducts().forEach(s -> all.add(s.getId()));
        }
        m.getListOfEvents().forEach(e -> all.add(e.getId()));
        all.removeIf(id -> id == null || id.isEmpty());
        taken.addAll(all);
        taken.addAll(RESERVED);
        for (String id : all) {
            ids.put(id, RESERVED.contains(id) || id.startsWith(OUTPUT_PREFIX) ? fresh(id + "_") : id);
        }
    }

    /** @return an id not taken yet, based on {@code base}; marks it taken */
    private String fresh(String base) {
        String id = base.startsWith(OUTPUT_PREFIX) ? "x" + base : base;
        int k = 1;
        while (taken.contains(id)) {
            id = base + k++;
        }
        taken.add(id);
        return id;
    }

    private String kernelId(String sbmlId, String context) {
        String id = ids.get(sbmlId);
        if (id == null) {
            refuse(context + " sets '" + sbmlId + "', which is not defined in the model");
            return sbmlId;
        }
        return id;
    }

    // ------------------------------------------------------------------ math

    private void functionDefinition(FunctionDefinition f) {
        if (!f.isSetMath()) {
            notes.add("function definition '" + f.getId() + "' has no math");
            return;
        }
        ASTNode lambda = f.getMath();
        if (lambda.getType() != ASTNode.Type.LAMBDA) {
            refuse("function definition '" + f.getId() + "' is not a lambda");
            return;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < lambda.getChildCount() - 1; i++) {
            args.add(lambda.getChild(i).getName());
        }
        if (lambda.getChildCount() == 0) {
            refuse("function definition '" + f.getId() + "' has no body");
            return;
        }
        functions.put(f.getId(), new MathFromSbml.Lambda(args, lambda.getChild(lambda.getChildCount() - 1)));
    }

    /** @return the math as a kernel expression over amounts (concentration species divided by their compartment) */
    private Expr expr(ASTNode n, String context) {
        return expr(math, n, context);
    }

    private Expr expr(MathFromSbml converter, ASTNode n, String context) {
        if (n == null) {
            refuse(context + " has no math");
            return Expr.num(Double.NaN);
        }
        try {
            return concentrations(converter.convert(n, context));
        } catch (UnsupportedSbmlException e) {
            refuse(e.getMessage());
            return Expr.num(Double.NaN);
        }
    }

    /** Replaces each concentration species S (an amount in the kernel) by S / its compartment. */
    private Expr concentrations(Expr e) {
        if (concentration.isEmpty()) {
            return e;
        }
        if (e instanceof Expr.Ref r) {
            String c = concentration.get(r.name());
            return c == null ? e : Expr.bin(Expr.BinaryOp.DIV, e, Expr.ref(c));
        }
        if (e instanceof Expr.Call c && c.function().equals(Functions.RATE_OF)
                && c.args().get(0) instanceof Expr.Ref r && concentration.containsKey(r.name())) {
            // d(n/V)/dt = n'/V - n V'/V^2
            Expr v = Expr.ref(concentration.get(r.name()));
            Expr rate = Expr.bin(Expr.BinaryOp.DIV, c, v);
            if (!flowingCompartments.contains(concentration.get(r.name()))) {
                return rate;
            }
            Expr dilution = Expr.bin(Expr.BinaryOp.DIV, Expr.bin(Expr.BinaryOp.MUL, r,
                    new Expr.Call(Functions.RATE_OF, List.of(v))), Expr.bin(Expr.BinaryOp.MUL, v, v));
            return Expr.bin(Expr.BinaryOp.SUB, rate, dilution);
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), concentrations(u.operand()));
        }
        if (e instanceof Expr.Binary b) {
            return Expr.bin(b.op(), concentrations(b.left()), concentrations(b.right()));
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.args().stream().map(this::concentrations).toList());
        }
        if (e instanceof Expr.Piecewise p) {
            return new Expr.Piecewise(p.values().stream().map(this::concentrations).toList(),
                    p.conditions().stream().map(this::concentrations).toList(), concentrations(p.otherwise()));
        }
        return e;
    }

    /** @return the kernel value of SBML variable {@code sbmlId} set to {@code value} (a concentration times its compartment) */
    private Expr amount(String sbmlId, Expr value) {
        String c = concentration.get(ids.get(sbmlId));
        return c == null ? value : Expr.bin(Expr.BinaryOp.MUL, value, Expr.ref(c));
    }

    /** @return the kernel rate of SBML variable {@code sbmlId} whose SBML rate is {@code rate}: d(V·[S])/dt for a concentration */
    private Expr amountRate(String sbmlId, Expr rate) {
        String id = ids.get(sbmlId);
        String c = concentration.get(id);
        if (c == null) {
            return rate;
        }
        Expr amountRate = Expr.bin(Expr.BinaryOp.MUL, rate, Expr.ref(c));
        if (!flowingCompartments.contains(c)) {
            return amountRate;
        }
        Expr dilution = Expr.bin(Expr.BinaryOp.MUL, Expr.bin(Expr.BinaryOp.DIV, Expr.ref(id), Expr.ref(c)),
                new Expr.Call(Functions.RATE_OF, List.of(Expr.ref(c))));
        return Expr.bin(Expr.BinaryOp.ADD, amountRate, dilution);
    }

    // ------------------------------------------------------------------ compartments and species

    private List<Compartment> compartments() {
        List<Compartment> out = new ArrayList<>();
        for (org.sbml.jsbml.Compartment c : m.getListOfCompartments()) {
            String id = ids.get(c.getId());
            variables.put(c.getId(), new SbmlModel.Variable(c.getId(), id, SbmlModel.Kind.COMPARTMENT, null, false,
                    Expr.ref(id)));
            double size = c.isSetSize() ? c.getSize() : Double.NaN;
            if (Double.isNaN(size) && zeroDimensional(c) && !hasInitialAssignment(c.getId()) && !hasRule(c.getId())) {
                size = 1; // a dimensionless compartment without a size: its species' amounts are their concentrations
            }
            out.add(new Compartment(id, initialValue(c.getId(), id, c.isSetSize() || !Double.isNaN(size), size),
                    unit(c.getUnits()), c.getConstant(), origin));
        }
        return out;
    }

    private static boolean zeroDimensional(org.sbml.jsbml.Compartment c) {
        return c != null && c.isSetSpatialDimensions() && c.getSpatialDimensions() == 0;
    }

    /**
     * @return the kernel's start value for a value SBML sets: itself when finite; NaN with an
     *         initial assignment to it when infinite or NaN (the kernel reads NaN as "computed at
     *         the start")
     */
    private double initialValue(String sbmlId, String kernelId, boolean set, double value) {
        if (!set || Double.isFinite(value) || hasInitialAssignment(sbmlId) || hasAssignmentRule(sbmlId)) {
            return value;
        }
        syntheticInitial.add(new InitialAssignment(kernelId, Expr.num(value), origin));
        return Double.NaN;
    }

    /** @return the size a compartment has at the start, or NaN when it is computed then */
    private double initialSize(org.sbml.jsbml.Compartment c) {
        if (c == null || hasInitialAssignment(c.getId()) || hasAssignmentRule(c.getId())) {
            return Double.NaN;
        }
        if (c.isSetSize()) {
            return c.getSize();
        }
        return zeroDimensional(c) && !hasRule(c.getId()) ? 1 : Double.NaN;
    }

    private List<Species> species() {
        for (org.sbml.jsbml.Species s : m.getListOfSpecies()) {
            if (!s.getHasOnlySubstanceUnits()) {
                concentration.put(ids.get(s.getId()), ids.getOrDefault(s.getCompartment(), s.getCompartment()));
            }
        }
        List<Species> out = new ArrayList<>();
        for (org.sbml.jsbml.Species s : m.getListOfSpecies()) {
            String id = ids.get(s.getId());
            String compartment = ids.getOrDefault(s.getCompartment(), s.getCompartment());
            variables.put(s.getId(), new SbmlModel.Variable(s.getId(), id, SbmlModel.Kind.SPECIES, compartment,
                    concentration.containsKey(id), Expr.ref(id)));
            double amount = Double.NaN;
            if (s.isSetInitialAmount()) {
                amount = initialValue(s.getId(), id, true, s.getInitialAmount());
            } else if (s.isSetInitialConcentration() && !hasInitialAssignment(s.getId()) && !hasAssignmentRule(s.getId())) {
                double size = initialSize(m.getCompartment(s.getCompartment()));
                double c0 = s.getInitialConcentration();
                if (Double.isFinite(size) && Double.isFinite(c0)) {
                    amount = c0 * size;
                } else {
                    // the compartment's size is computed at the start: so is the amount
                    syntheticInitial.add(new InitialAssignment(id, Expr.bin(Expr.BinaryOp.MUL, Expr.num(c0),
                            Expr.ref(compartment)), origin));
                }
            }
            out.add(new Species(id, compartment, amount, unit(s.getSubstanceUnits()), s.getBoundaryCondition(),
                    s.getConstant(), origin));
        }
        return out;
    }

    private final List<InitialAssignment> syntheticInitial = new ArrayList<>();

    private boolean hasRule(String sbmlId) {
        Rule r = m.getRuleByVariable(sbmlId);
        return r != null && r.isSetMath();
    }

    private boolean hasAssignmentRule(String sbmlId) {
        Rule r = m.getRuleByVariable(sbmlId);
        return r != null && r.isSetMath() && r.isAssignment();
    }

    private boolean hasInitialAssignment(String sbmlId) {
        org.sbml.jsbml.InitialAssignment a = m.getInitialAssignmentBySymbol(sbmlId);
        return a != null && a.isSetMath();
    }

    // ------------------------------------------------------------------ reactions

    private List<Reaction> reactions(List<Parameter> parameters, List<AssignmentRule> assignmentRules) {
        List<Reaction> out = new ArrayList<>();
        for (org.sbml.jsbml.Reaction r : m.getListOfReactions()) {
            String ctx = "reaction '" + r.getId() + "'";
            String id = ids.get(r.getId());
            Expr rate;
            KineticLaw law = r.isSetKineticLaw() ? r.getKineticLaw() : null;
            if (law == null || !law.isSetMath()) {
                notes.add(ctx + " has no rate law: it changes nothing");
                rate = Expr.num(0);
            } else {
                Map<String, String> locals = new HashMap<>();
                for (LocalParameter lp : law.getListOfLocalParameters()) {
                    String local = fresh(id + "_" + lp.getId());
                    locals.put(lp.getId(), local);
                    parameters.add(new Parameter(local, lp.isSetValue() ? lp.getValue() : Double.NaN, null, true,
                            Provenance.NONE, origin));
                }
                MathFromSbml lawMath = locals.isEmpty() ? math
                        : new MathFromSbml(functions, name -> locals.containsKey(name) ? locals.get(name)
                                : ids.getOrDefault(name, name));
                // a local parameter shadowing a species now has a name of its own, which the
                // substitution of concentrations leaves alone
                rate = expr(lawMath, law.getMath(), "the kinetic law of " + ctx);
            }
            variables.put(r.getId(), new SbmlModel.Variable(r.getId(), id, SbmlModel.Kind.REACTION, null, false, rate));
            List<SpeciesRef> reactants = refs(r.getListOfReactants(), ctx, parameters, assignmentRules);
            List<SpeciesRef> products = refs(r.getListOfProducts(), ctx, parameters, assignmentRules);
            boolean fast = r.isSetFast() && r.getFast();
            out.add(new Reaction(id, reactants, products, rate, fast, origin));
        }
        return out;
    }

    private List<SpeciesRef> refs(List<SpeciesReference> list, String ctx, List<Parameter> parameters,
                                  List<AssignmentRule> assignmentRules) {
        List<SpeciesRef> out = new ArrayList<>();
        for (SpeciesReference s : list) {
            String species = ids.getOrDefault(s.getSpecies(), s.getSpecies());
            String srId = s.isSetId() ? ids.get(s.getId()) : null;
            double value = s.isSetStoichiometry() ? s.getStoichiometry() : doc.getLevel() < 3 ? 1.0 : Double.NaN;
            Expr stoichiometry = null;
            if (s.isSetStoichiometryMath() && s.getStoichiometryMath().isSetMath()) {
                stoichiometry = expr(s.getStoichiometryMath().getMath(), "the stoichiometryMath of '" + s.getSpecies()
                        + "' in " + ctx);
                value = Double.NaN;
                if (srId != null) {
                    assignmentRules.add(new AssignmentRule(srId, stoichiometry, origin));
                    stoichiometry = Expr.ref(srId);
                }
            } else if (srId != null) {
                boolean variable = doc.getLevel() >= 3 && !s.getConstant() || hasRule(s.getId()) || assignedByEvent(s.getId());
                boolean computed = m.getInitialAssignmentBySymbol(s.getId()) != null;
                if (!ruled.contains(srId)) {
                    parameters.add(new Parameter(srId, value, null, !variable, Provenance.NONE, origin));
                }
                if (variable || computed) {
                    stoichiometry = Expr.ref(srId);
                }
            }
            if (srId != null) {
                variables.put(s.getId(), new SbmlModel.Variable(s.getId(), srId, SbmlModel.Kind.SPECIES_REFERENCE,
                        null, false, Expr.ref(srId)));
            }
            String factor = conversionFactor(s.getSpecies());
            if (factor != null) {
                stoichiometry = Expr.bin(Expr.BinaryOp.MUL, stoichiometry == null ? Expr.num(value) : stoichiometry,
                        Expr.ref(factor));
            }
            if (stoichiometry == null && Double.isNaN(value)) {
                refuse("the stoichiometry of '" + s.getSpecies() + "' in " + ctx + " is not set");
            }
            out.add(new SpeciesRef(species, value, stoichiometry));
        }
        return out;
    }

    private boolean assignedByEvent(String sbmlId) {
        for (org.sbml.jsbml.Event e : m.getListOfEvents()) {
            for (org.sbml.jsbml.EventAssignment a : e.getListOfEventAssignments()) {
                if (sbmlId.equals(a.getVariable())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the kernel id of the species' conversion factor (its own, else the model's), or null */
    private String conversionFactor(String species) {
        org.sbml.jsbml.Species s = m.getSpecies(species);
        if (s != null && s.isSetConversionFactor()) {
            return ids.getOrDefault(s.getConversionFactor(), s.getConversionFactor());
        }
        if (m.isSetConversionFactor()) {
            return ids.getOrDefault(m.getConversionFactor(), m.getConversionFactor());
        }
        return null;
    }

    /**
     * Reaction ids read in math mean the reaction's rate: each such reaction's rate becomes an
     * observable named like the reaction (the kernel reaction is renamed), so it is computed once.
     */
    private Model reactionValues(Model model) {
        Set<String> reactionIds = new HashSet<>();
        model.reactions().forEach(r -> reactionIds.add(r.id()));
        Set<String> read = new HashSet<>();
        for (Expr e : model.expressions()) {
            for (String name : e.references()) {
                if (reactionIds.contains(name)) {
                    read.add(name);
                }
            }
        }
        if (read.isEmpty()) {
            return model;
        }
        List<Reaction> reactions = new ArrayList<>();
        List<AssignmentRule> rules = new ArrayList<>(model.assignmentRules());
        for (Reaction r : model.reactions()) {
            if (read.contains(r.id())) {
                rules.add(new AssignmentRule(r.id(), r.rate(), r.origin()));
                reactions.add(new Reaction(fresh(r.id() + "_reaction"), r.reactants(), r.products(), Expr.ref(r.id()),
                        r.fast(), r.origin()));
            } else {
                reactions.add(r);
            }
        }
        return new Model(model.id(), model.units(), model.compartments(), model.species(), model.parameters(),
                model.initialAssignments(), rules, model.rateRules(), reactions, model.events(), model.algebraicRules());
    }

    // ------------------------------------------------------------------ events

    private List<Event> events() {
        List<Event> out = new ArrayList<>();
        int unnamed = 0;
        for (org.sbml.jsbml.Event e : m.getListOfEvents()) {
            String ctx = "event '" + (e.isSetId() ? e.getId() : "#" + unnamed) + "'";
            String id = e.isSetId() ? ids.get(e.getId()) : fresh("_E" + unnamed);
            unnamed++;
            if (!e.isSetTrigger() || !e.getTrigger().isSetMath()) {
                notes.add(ctx + " has no trigger math: it never fires");
                continue;
            }
            Expr trigger = expr(e.getTrigger().getMath(), "the trigger of " + ctx);
            Expr delay = e.isSetDelay() && e.getDelay().isSetMath() ? expr(e.getDelay().getMath(), "the delay of " + ctx) : null;
            Expr priority = e.isSetPriority() && e.getPriority().isSetMath()
                    ? expr(e.getPriority().getMath(), "the priority of " + ctx) : null;
            boolean level3 = doc.getLevel() >= 3;
            boolean initialValue = !level3 || e.getTrigger().getInitialValue();
            boolean persistent = !level3 || e.getTrigger().getPersistent();
            boolean fromTrigger = !e.isSetUseValuesFromTriggerTime() || e.getUseValuesFromTriggerTime();
            Map<String, Expr> newValues = new LinkedHashMap<>();
            for (org.sbml.jsbml.EventAssignment a : e.getListOfEventAssignments()) {
                String target = a.getVariable();
                if (!a.isSetMath()) {
                    notes.add("the assignment to '" + target + "' in " + ctx + " has no math: ignored");
                    continue;
                }
                newValues.put(target, expr(a.getMath(), "the assignment to '" + target + "' in " + ctx));
            }
            List<EventAssignment> assignments = new ArrayList<>();
            for (Map.Entry<String, Expr> a : newValues.entrySet()) {
                String target = a.getKey();
                String kid = kernelId(target, ctx);
                String c = concentration.get(kid);
                // a concentration's amount is times the compartment's size when the event executes,
                // before it applies any assignment (an event also resizing the compartment keeps that
                // amount), even when the concentration itself was computed at the trigger time
                assignments.add(new EventAssignment(kid, a.getValue(), c == null ? null : Expr.ref(c)));
            }
            out.add(new Event(id, trigger, delay, priority, initialValue, persistent, fromTrigger, assignments, origin));
        }
        return out;
    }

    // ------------------------------------------------------------------ units

    /**
     * The model's unit definitions the kernel can read (each as the product of SBML base units,
     * {@link SbmlUnits#toText}); others are left out, and so are the units that name them.
     */
    private List<UnitDefinition> unitDefinitions() {
        List<UnitDefinition> out = new ArrayList<>();
        for (org.sbml.jsbml.UnitDefinition u : m.getListOfUnitDefinitions()) {
            if (readableUnits().contains(u.getId())) {
                out.add(new UnitDefinition(u.getId(), SbmlUnits.toText(u.getListOfUnits())));
            }
        }
        return out;
    }

    private Set<String> readableUnits;

    private Set<String> readableUnits() {
        if (readableUnits == null) {
            readableUnits = new HashSet<>();
            for (org.sbml.jsbml.UnitDefinition u : m.getListOfUnitDefinitions()) {
                if (SbmlUnits.readable(u.getListOfUnits()) && !RESERVED.contains(u.getId())) {
                    readableUnits.add(u.getId());
                }
            }
        }
        return readableUnits;
    }

    /** @return the unit id when the kernel knows it (a base unit or a readable definition), else null */
    private String unit(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return readableUnits().contains(id) || SbmlUnits.isSbmlBaseName(id) ? id : null;
    }
}
