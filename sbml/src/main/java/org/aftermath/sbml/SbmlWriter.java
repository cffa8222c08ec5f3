package org.aftermath.sbml;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.units.UnitValue;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.Trigger;
import org.sbml.jsbml.text.parser.ParseException;

/**
 * Writes a kernel {@link Model} as SBML Level 3 Version 2 through JSBML.
 * <ul>
 *   <li>model {@code timeUnits} = {@code day}, defined as 86400 second (Aftermath's time unit);</li>
 *   <li>every unit the model names becomes a unit definition in SBML base units
 *       ({@code per_day = 1 / day} → second^-1 with multiplier 1/86400); {@code day} and
 *       {@code hour} are added when used;</li>
 *   <li>compartments (constant, 3 spatial dimensions), species with
 *       {@code hasOnlySubstanceUnits = true} (the kernel's species are amounts) and their boundary
 *       and constant flags, parameters with their constant flags;</li>
 *   <li>initial assignments, assignment rules, rate rules; reactions (irreversible; the kernel's
 *       rate is the kinetic law, in amount per day) with constant species references, and
 *       every other species the rate law names as a modifier;</li>
 *   <li>events with their flags; a dose event as the kernel fires it: {@code initialValue =
 *       false} (so {@code time >= 0} fires at t = 0 as in Aftermath), {@code persistent = true},
 *       {@code useValuesFromTriggerTime = false} (assignments evaluated when the event executes:
 *       two doses of one drug at one time both count in every SBML tool) and a priority
 *       decreasing in model order (the kernel executes simultaneous events in model order, each
 *       seeing the changes of those before it); algebraic rules;</li>
 *   <li>hill/hillr as function definitions, see {@link MathToSbml};</li>
 *   <li>each parameter's provenance as XHTML notes (source, range, note) and as an annotation
 *       {@code <aftermath:provenance source=".." min=".." max=".." note=".."/>} in namespace
 *       {@value #NAMESPACE}, which {@link SbmlReader} reads back.</li>
 * </ul>
 * Origins (file and line) are not written. Stateless.
 */
public final class SbmlWriter {

    /** Namespace of Aftermath's annotations. */
    public static final String NAMESPACE = "https://github.com/aftermath/aftermath/sbml";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String TIME_UNIT = "day";

    private SbmlWriter() { }

    /**
     * @param model a kernel model (validated or not; names are written as they are)
     * @return the SBML Level 3 Version 2 document as XML text
     * @throws IllegalArgumentException if a unit cannot be expressed in SBML base units or a
     *                                  function has no SBML translation
     */
    public static String write(Model model) {
        SBMLDocument doc = document(model);
        try {
            synchronized (JsbmlLock.LOCK) {
                return new org.sbml.jsbml.SBMLWriter().writeSBMLToString(doc);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JSBML could not write the document: " + e.getMessage(), e);
        }
    }

    /** @return the model as a JSBML document (Level 3 Version 2) */
    public static SBMLDocument document(Model model) {
        SBMLDocument doc = new SBMLDocument(3, 2);
        org.sbml.jsbml.Model m = doc.createModel(sid(model.id()));
        units(model, m);
        m.setTimeUnits(TIME_UNIT);
        functions(model, m);
        Set<String> changed = new LinkedHashSet<>();
        model.rateRules().forEach(r -> changed.add(r.variable()));
        model.assignmentRules().forEach(r -> changed.add(r.variable()));
        model.events().forEach(e -> e.assignments().forEach(a -> changed.add(a.variable())));
        for (Compartment c : model.compartments()) {
            org.sbml.jsbml.Compartment sc = m.createCompartment(c.id());
            sc.setConstant(c.constant() && !changed.contains(c.id()));
            sc.setSpatialDimensions(3);
            if (!Double.isNaN(c.size())) {
                sc.setSize(c.size());
            }
            if (c.unit() != null) {
                sc.setUnits(c.unit());
            }
        }
        for (Species s : model.species()) {
            org.sbml.jsbml.Species ss = m.createSpecies(s.id());
            ss.setCompartment(s.compartment());
            ss.setHasOnlySubstanceUnits(true);
            ss.setBoundaryCondition(s.boundary());
            ss.setConstant(s.constant());
            if (!Double.isNaN(s.initialAmount())) {
                ss.setInitialAmount(s.initialAmount());
            }
            if (s.unit() != null) {
                ss.setSubstanceUnits(s.unit());
            }
        }
        for (Parameter p : model.parameters()) {
            org.sbml.jsbml.Parameter sp = m.createParameter(p.id());
            sp.setConstant(p.constant());
            if (!Double.isNaN(p.value())) {
                sp.setValue(p.value());
            }
            if (p.unit() != null) {
                sp.setUnits(p.unit());
            }
            provenance(sp, p.provenance());
        }
        for (InitialAssignment ia : model.initialAssignments()) {
            org.sbml.jsbml.InitialAssignment s = m.createInitialAssignment();
            s.setVariable(ia.variable());
            s.setMath(MathToSbml.number(ia.math()));
        }
        for (AssignmentRule r : model.assignmentRules()) {
            if (m.getParameter(r.variable()) == null && m.getSpecies(r.variable()) == null
                    && m.getCompartment(r.variable()) == null) {
                org.sbml.jsbml.Parameter observable = m.createParameter(r.variable());
                observable.setConstant(false);
            }
            org.sbml.jsbml.AssignmentRule s = m.createAssignmentRule();
            s.setVariable(r.variable());
            s.setMath(MathToSbml.number(r.math()));
        }
        for (RateRule r : model.rateRules()) {
            org.sbml.jsbml.RateRule s = m.createRateRule();
            s.setVariable(r.variable());
            s.setMath(MathToSbml.number(r.math()));
        }
        for (Reaction r : model.reactions()) {
            org.sbml.jsbml.Reaction sr = m.createReaction(r.id());
            sr.setReversible(false);
            for (SpeciesRef ref : r.reactants()) {
                SpeciesReference x = sr.createReactant(m.getSpecies(ref.species()));
                x.setSpecies(ref.species());
                x.setStoichiometry(ref.stoichiometry());
                x.setConstant(true);
            }
            for (SpeciesRef ref : r.products()) {
                SpeciesReference x = sr.createProduct(m.getSpecies(ref.species()));
                x.setSpecies(ref.species());
                x.setStoichiometry(ref.stoichiometry());
                x.setConstant(true);
            }
            Set<String> participants = new LinkedHashSet<>();
            r.reactants().forEach(ref -> participants.add(ref.species()));
            r.products().forEach(ref -> participants.add(ref.species()));
            for (String name : r.rate().references()) {
                if (model.species(name).isPresent() && participants.add(name)) {
                    sr.createModifier(m.getSpecies(name)).setSpecies(name);
                }
            }
            KineticLaw law = sr.createKineticLaw();
            law.setMath(MathToSbml.number(r.rate()));
        }
        boolean explicitPriorities = model.events().stream().anyMatch(e -> e.priority() != null);
        int priority = model.events().size();
        for (Event e : model.events()) {
            org.sbml.jsbml.Event se = m.createEvent(e.id());
            // the kernel evaluates an event's assignments when it executes (unless it uses values from
            // the trigger time), so simultaneous doses add up in every SBML tool
            se.setUseValuesFromTriggerTime(e.useValuesFromTriggerTime());
            Trigger t = se.createTrigger(e.initialValue(), e.persistent(), MathToSbml.condition(e.trigger()));
            t.setInitialValue(e.initialValue());
            t.setPersistent(e.persistent());
            if (e.delay() != null) {
                se.createDelay(MathToSbml.number(e.delay()));
            }
            if (e.priority() != null) {
                se.createPriority(MathToSbml.number(e.priority()));
            } else if (!explicitPriorities) {
                // the kernel executes simultaneous events in model order
                se.createPriority(new ASTNode(priority));
            }
            priority--;
            for (EventAssignment a : e.assignments()) {
                Expr value = a.factor() == null ? a.math() : Expr.bin(Expr.BinaryOp.MUL, a.math(), a.factor());
                se.createEventAssignment(a.variable(), MathToSbml.number(value));
            }
        }
        for (org.aftermath.kernel.model.AlgebraicRule r : model.algebraicRules()) {
            m.createAlgebraicRule().setMath(MathToSbml.number(r.math()));
        }
        return doc;
    }

    private static String sid(String id) {
        String s = id == null ? "model" : id.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    private static void units(Model model, org.sbml.jsbml.Model m) {
        Map<String, String> definitions = new LinkedHashMap<>();
        model.units().forEach(u -> definitions.put(u.id(), u.definition()));
        Set<String> used = new LinkedHashSet<>();
        used.add(TIME_UNIT);
        model.units().forEach(u -> used.add(u.id()));
        model.compartments().forEach(c -> addIfSet(used, c.unit()));
        model.species().forEach(s -> addIfSet(used, s.unit()));
        model.parameters().forEach(p -> addIfSet(used, p.unit()));
        for (String id : used) {
            if (SbmlUnits.isSbmlBaseName(id)) {
                continue;
            }
            UnitValue v = UnitValue.of(id, definitions::get);
            org.sbml.jsbml.UnitDefinition ud = m.createUnitDefinition(id);
            for (org.sbml.jsbml.Unit u : SbmlUnits.toSbml(v)) {
                ud.addUnit(u);
            }
        }
    }

    private static void addIfSet(Set<String> used, String unit) {
        if (unit != null) {
            used.add(unit);
        }
    }

    private static void functions(Model model, org.sbml.jsbml.Model m) {
        Set<String> called = new LinkedHashSet<>();
        for (Expr e : expressions(model)) {
            called.addAll(e.functionsCalled());
        }
        for (String f : List.of("hill", "hillr")) {
            if (called.contains(f)) {
                FunctionDefinition fd = m.createFunctionDefinition(f);
                try {
                    fd.setMath(ASTNode.parseFormula(MathToSbml.HILL_FORMULAS.get(f)));
                } catch (ParseException e) {
                    throw new IllegalStateException("built-in formula of " + f + " does not parse", e);
                }
            }
        }
    }

    /** @return every expression of the model */
    static List<Expr> expressions(Model model) {
        List<Expr> all = new java.util.ArrayList<>();
        model.initialAssignments().forEach(a -> all.add(a.math()));
        model.assignmentRules().forEach(a -> all.add(a.math()));
        model.rateRules().forEach(a -> all.add(a.math()));
        model.reactions().forEach(r -> all.add(r.rate()));
        for (Event e : model.events()) {
            all.add(e.trigger());
            e.assignments().forEach(a -> all.add(a.math()));
        }
        return all;
    }

    private static void provenance(SBase target, Provenance p) {
        if (p == null || p.equals(Provenance.NONE)) {
            return;
        }
        StringBuilder notes = new StringBuilder("<notes><body xmlns=\"" + XHTML + "\">");
        if (p.source() != null) {
            notes.append("<p>source: ").append(escape(p.source())).append("</p>");
        }
        if (p.min() != null || p.max() != null) {
            notes.append("<p>range: ").append(p.min() == null ? "" : p.min()).append(" .. ")
                    .append(p.max() == null ? "" : p.max()).append("</p>");
        }
        if (p.description() != null) {
            notes.append("<p>note: ").append(escape(p.description())).append("</p>");
        }
        notes.append("</body></notes>");
        StringBuilder annotation = new StringBuilder("<aftermath:provenance xmlns:aftermath=\"" + NAMESPACE + "\"");
        attribute(annotation, "source", p.source());
        attribute(annotation, "min", p.min() == null ? null : Double.toString(p.min()));
        attribute(annotation, "max", p.max() == null ? null : Double.toString(p.max()));
        attribute(annotation, "note", p.description());
        annotation.append("/>");
        try {
            target.setNotes(notes.toString());
            target.getAnnotation().appendNonRDFAnnotation(annotation.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the provenance of " + target + ": " + e.getMessage(), e);
        }
    }

    private static void attribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
