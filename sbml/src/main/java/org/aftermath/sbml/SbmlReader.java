package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.aftermath.kernel.expr.Expr;
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
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.xml.XMLNode;

/**
 * Reads back the SBML that {@link SbmlWriter} writes: Level 3 core with compartments, species
 * with {@code hasOnlySubstanceUnits = true}, parameters, unit definitions, initial assignments,
 * assignment and rate rules, irreversible reactions with kinetic laws and constant
 * stoichiometries, events with time triggers ({@code initialValue = false},
 * {@code persistent = true}, {@code useValuesFromTriggerTime = true}, no delay; simultaneous
 * events in decreasing priority, else document order), the hill/hillr function definitions and
 * Aftermath's provenance annotation (modifiers are accepted and ignored: the kinetic law says
 * what it reads). This is not a general SBML importer: species in concentration, initial
 * concentrations, conversion factors, reversible reactions, local parameters, variable
 * stoichiometry, algebraic rules, event delays and other trigger flags, constraints, time
 * units other than day, other function definitions, packages and any math
 * {@link MathFromSbml} does not know are refused with a {@link ModelException} naming the element.
 * Origins name the source with line 0 (JSBML does not keep line numbers).
 */
public final class SbmlReader {

    private final String source;
    private final Origin origin;
    private final List<ModelException.Problem> problems = new ArrayList<>();

    private SbmlReader(String source) {
        this.source = source;
        this.origin = new Origin(source, 0);
    }

    /**
     * @param xml    an SBML document
     * @param source its file name, for messages and origins
     * @return the kernel model
     * @throws ModelException naming every unsupported or malformed element
     */
    public static Model read(String xml, String source) {
        SBMLDocument doc;
        try {
            doc = new org.sbml.jsbml.SBMLReader().readSBMLFromString(xml);
        } catch (XMLStreamException | RuntimeException e) {
            throw new ModelException(new Origin(source, 0), "not readable as SBML: " + e.getMessage());
        }
        return new SbmlReader(source).model(doc);
    }

    private void refuse(String what) {
        problems.add(new ModelException.Problem(origin, what + " is not supported by Aftermath's SBML reader"
                + " (it reads what 'aftermath model --sbml' writes)"));
    }

    private Model model(SBMLDocument doc) {
        if (doc.getLevel() != 3) {
            refuse("SBML level " + doc.getLevel() + " (level 3 is read)");
        }
        if (!doc.isSetModel()) {
            throw new ModelException(origin, "the SBML document has no model");
        }
        org.sbml.jsbml.Model m = doc.getModel();
        if (!m.getExtensionPackages().isEmpty() || !doc.getExtensionPackages().isEmpty()) {
            refuse("SBML packages " + m.getExtensionPackages().keySet());
        }
        if (m.getConstraintCount() > 0) {
            refuse("constraints");
        }
        if (m.isSetTimeUnits() && !m.getTimeUnits().equals("day")) {
            refuse("timeUnits '" + m.getTimeUnits() + "' (Aftermath's time is in days)");
        }
        for (FunctionDefinition f : m.getListOfFunctionDefinitions()) {
            functionDefinition(f);
        }
        List<UnitDefinition> units = new ArrayList<>();
        for (org.sbml.jsbml.UnitDefinition u : m.getListOfUnitDefinitions()) {
            units.add(new UnitDefinition(u.getId(), SbmlUnits.toText(u.getListOfUnits())));
        }
        List<Compartment> compartments = new ArrayList<>();
        for (org.sbml.jsbml.Compartment c : m.getListOfCompartments()) {
            if (!c.getConstant()) {
                refuse("non-constant compartment '" + c.getId() + "'");
            }
            compartments.add(new Compartment(c.getId(), c.isSetSize() ? c.getSize() : Double.NaN,
                    c.isSetUnits() ? c.getUnits() : null, origin));
        }
        List<Species> species = new ArrayList<>();
        for (org.sbml.jsbml.Species s : m.getListOfSpecies()) {
            if (!s.getHasOnlySubstanceUnits()) {
                refuse("species '" + s.getId() + "' in concentration (hasOnlySubstanceUnits = false)");
            }
            if (s.isSetInitialConcentration()) {
                refuse("initialConcentration of species '" + s.getId() + "'");
            }
            if (s.isSetConversionFactor()) {
                refuse("conversionFactor of species '" + s.getId() + "'");
            }
            species.add(new Species(s.getId(), s.getCompartment(), s.isSetInitialAmount() ? s.getInitialAmount() : Double.NaN,
                    s.isSetSubstanceUnits() ? s.getSubstanceUnits() : null, s.getBoundaryCondition(), s.getConstant(), origin));
        }
        List<AssignmentRule> assignmentRules = new ArrayList<>();
        List<RateRule> rateRules = new ArrayList<>();
        for (Rule r : m.getListOfRules()) {
            if (r instanceof org.sbml.jsbml.AssignmentRule a) {
                assignmentRules.add(new AssignmentRule(a.getVariable(), math(a.getMath(), "the assignment rule for " + a.getVariable()), origin));
            } else if (r instanceof org.sbml.jsbml.RateRule a) {
                rateRules.add(new RateRule(a.getVariable(), math(a.getMath(), "the rate rule for " + a.getVariable()), origin));
            } else {
                refuse("algebraic rules");
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (org.sbml.jsbml.Parameter p : m.getListOfParameters()) {
            boolean observable = !p.getConstant() && !p.isSetValue() && !p.isSetUnits()
                    && assignmentRules.stream().anyMatch(a -> a.variable().equals(p.getId()));
            if (observable) {
                continue;
            }
            parameters.add(new Parameter(p.getId(), p.isSetValue() ? p.getValue() : Double.NaN,
                    p.isSetUnits() ? p.getUnits() : null, p.getConstant(), provenance(p), origin));
        }
        List<InitialAssignment> initial = new ArrayList<>();
        for (org.sbml.jsbml.InitialAssignment a : m.getListOfInitialAssignments()) {
            initial.add(new InitialAssignment(a.getVariable(), math(a.getMath(), "the initial assignment for " + a.getVariable()), origin));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (org.sbml.jsbml.Reaction r : m.getListOfReactions()) {
            reaction(r).ifPresent(reactions::add);
        }
        List<Event> events = events(m);
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        return new Model(m.getId(), units, compartments, species, parameters, initial, assignmentRules,
                rateRules, reactions, events);
    }

    private void functionDefinition(FunctionDefinition f) {
        String expected = MathToSbml.HILL_FORMULAS.get(f.getId());
        try {
            if (expected == null || !f.isSetMath()
                    || !f.getMath().toFormula().equals(ASTNode.parseFormula(expected).toFormula())) {
                refuse("function definition '" + f.getId() + "' (only hill and hillr as Aftermath writes them)");
            }
        } catch (org.sbml.jsbml.SBMLException | org.sbml.jsbml.text.parser.ParseException e) {
            refuse("function definition '" + f.getId() + "'");
        }
    }

    private java.util.Optional<Reaction> reaction(org.sbml.jsbml.Reaction r) {
        String ctx = "reaction '" + r.getId() + "'";
        if (r.getReversible()) {
            refuse("reversible " + ctx);
        }
        if (!r.isSetKineticLaw() || !r.getKineticLaw().isSetMath()) {
            refuse(ctx + " without a kinetic law");
            return java.util.Optional.empty();
        }
        if (r.getKineticLaw().getLocalParameterCount() > 0) {
            refuse("local parameters of " + ctx);
        }
        List<SpeciesRef> reactants = refs(r.getListOfReactants(), ctx);
        List<SpeciesRef> products = refs(r.getListOfProducts(), ctx);
        return java.util.Optional.of(new Reaction(r.getId(), reactants, products,
                math(r.getKineticLaw().getMath(), "the kinetic law of " + ctx), origin));
    }

    private List<SpeciesRef> refs(List<SpeciesReference> list, String ctx) {
        List<SpeciesRef> out = new ArrayList<>();
        for (SpeciesReference s : list) {
            if (!s.getConstant() || s.isSetId() && hasAssignment(s)) {
                refuse("variable stoichiometry in " + ctx);
            }
            out.add(new SpeciesRef(s.getSpecies(), s.isSetStoichiometry() ? s.getStoichiometry() : 1.0));
        }
        return out;
    }

    private static boolean hasAssignment(SpeciesReference s) {
        org.sbml.jsbml.Model m = s.getModel();
        return m.getInitialAssignmentBySymbol(s.getId()) != null || m.getRuleByVariable(s.getId()) != null;
    }

    private List<Event> events(org.sbml.jsbml.Model m) {
        record Ranked(Event event, double priority, int index) { }
        List<Ranked> ranked = new ArrayList<>();
        int index = 0;
        for (org.sbml.jsbml.Event e : m.getListOfEvents()) {
            String ctx = "event '" + e.getId() + "'";
            if (e.isSetDelay()) {
                refuse("the delay of " + ctx);
            }
            if (!e.isSetTrigger() || !e.getTrigger().isSetMath()) {
                refuse(ctx + " without a trigger");
                continue;
            }
            if (e.getTrigger().getInitialValue() || !e.getTrigger().getPersistent() || !e.getUseValuesFromTriggerTime()) {
                refuse(ctx + " with initialValue=true, persistent=false or useValuesFromTriggerTime=false");
            }
            double priority = 0;
            if (e.isSetPriority()) {
                Expr p = math(e.getPriority().getMath(), "the priority of " + ctx);
                if (p instanceof Expr.Num n) {
                    priority = n.value();
                } else {
                    refuse("a priority that is not a number in " + ctx);
                }
            }
            List<EventAssignment> assignments = new ArrayList<>();
            for (org.sbml.jsbml.EventAssignment a : e.getListOfEventAssignments()) {
                assignments.add(new EventAssignment(a.getVariable(), math(a.getMath(), "the assignment to " + a.getVariable() + " in " + ctx)));
            }
            Event event = new Event(e.getId(), math(e.getTrigger().getMath(), "the trigger of " + ctx), assignments, origin);
            ranked.add(new Ranked(event, priority, index++));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.priority()).thenComparingInt(Ranked::index));
        return ranked.stream().map(Ranked::event).toList();
    }

    private Expr math(ASTNode n, String context) {
        if (n == null) {
            problems.add(new ModelException.Problem(origin, context + " has no math"));
            return Expr.num(Double.NaN);
        }
        try {
            return MathFromSbml.convert(n, context);
        } catch (UnsupportedSbmlException e) {
            problems.add(new ModelException.Problem(origin, e.getMessage()));
            return Expr.num(Double.NaN);
        }
    }

    private static Provenance provenance(org.sbml.jsbml.Parameter p) {
        if (!p.isSetAnnotation() || !p.getAnnotation().isSetNonRDFannotation()) {
            return Provenance.NONE;
        }
        XMLNode root = p.getAnnotation().getNonRDFannotation();
        XMLNode node = find(root);
        if (node == null) {
            return Provenance.NONE;
        }
        Map<String, String> a = new java.util.HashMap<>();
        for (String key : List.of("source", "min", "max", "note")) {
            String v = node.getAttrValue(key);
            if (v != null && !v.isEmpty()) {
                a.put(key, v);
            }
        }
        return new Provenance(a.get("source"), number(a.get("min")), number(a.get("max")), a.get("note"));
    }

    private static XMLNode find(XMLNode node) {
        if ("provenance".equals(node.getName()) && SbmlWriter.NAMESPACE.equals(node.getURI())) {
            return node;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            XMLNode found = find(node.getChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
