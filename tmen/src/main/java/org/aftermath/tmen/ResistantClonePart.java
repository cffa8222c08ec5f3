package org.aftermath.tmen;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.tmen.models.GrowthModule;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.ResistantClone;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.therapy.ModuleRenamer;

/**
 * What {@code tumor.resistant_clone} adds (Goldie &amp; Coldman's pre-existing resistant clone, the model file
 * {@value #FILE}): the file's species {@value #CLONE} and parameters, the scenario's values for them, the split of
 * {@code tumor.cells} between the sensitive cells ({@value GrowthModule#CELLS}) and the clone at t = 0, and, on the
 * finished model ({@link #extend}), the clone's growth, kills and place in {@code tumor_cells}.
 */
final class ResistantClonePart {

    /** The bundled model file of the clone. */
    static final String FILE = "clone-resistant.ant";
    /** The clone's species. */
    static final String CLONE = "resistant";
    /** Its share of the cells at the start. */
    static final String FRACTION = "resistant_fraction";
    /** The fraction of each kill it escapes. */
    static final String ESCAPE = "resistant_kill_escape";
    private static final String KILL_SUFFIX = "_kill";

    private ResistantClonePart() { }

    /**
     * @return the clone's model file of the scenario's model source
     * @throws ScenarioException if the source has no {@value #FILE} (a user folder that replaces the bundled model
     *                           without it)
     */
    static Model module(Scenario scenario, ModelSource source) {
        return source.file(FILE).orElseThrow(() -> new ScenarioException(scenario.source(), "tumor.resistant_clone",
                "the model " + source.description() + " has no " + FILE + " (the resistant clone's model file)"))
                .read();
    }

    /** @return the values {@code tumor.resistant_clone} sets and the split of the initial cells */
    static Contribution of(Scenario scenario) {
        ResistantClone clone = scenario.tumor().resistantClone();
        Contribution c = new Contribution();
        clone.fraction().ifPresent(v -> c.set(FRACTION, v, "tumor.resistant_clone.fraction", ResistantClone.FRACTION));
        clone.killEscape().ifPresent(v -> c.set(ESCAPE, v, "tumor.resistant_clone.kill_escape", ResistantClone.ESCAPE));
        Origin origin = new Origin(scenario.source(), 0);
        Expr cells = Expr.num(scenario.tumor().cells());
        c.initialAssignment(new InitialAssignment(GrowthModule.CELLS,
                mul(Expr.bin(BinaryOp.SUB, Expr.num(1), Expr.ref(FRACTION)), cells), origin));
        c.initialAssignment(new InitialAssignment(CLONE, mul(Expr.ref(FRACTION), cells), origin));
        return c;
    }

    /**
     * Gives the clone every growth reaction of the sensitive cells (same rate law, the cells renamed), every
     * Norton–Simon kill reaction times {@code 1 - resistant_kill_escape}, each event's change to the sensitive
     * cells times the same factor, and counts it in {@code tumor_cells}. Call it on the finished model.
     *
     * @param model  the compiled scenario's model, with {@value #FILE} merged
     * @param origin where the additions are made
     * @return the extended model
     */
    static Model extend(Model model, Origin origin) {
        Expr hit = Expr.bin(BinaryOp.SUB, Expr.num(1), Expr.ref(ESCAPE));
        List<Reaction> reactions = new ArrayList<>(model.reactions());
        for (Reaction r : model.reactions()) {
            if (r.reactants().isEmpty() && r.products().size() == 1 && isCells(r.products().get(0))) {
                reactions.add(new Reaction(r.id() + "_" + CLONE, List.of(), List.of(new SpeciesRef(CLONE, 1)),
                        clone(r.rate()), origin));
            } else if (r.id().endsWith(KILL_SUFFIX) && r.products().isEmpty() && r.reactants().size() == 1
                    && isCells(r.reactants().get(0))) {
                reactions.add(new Reaction(r.id() + "_" + CLONE, List.of(new SpeciesRef(CLONE, 1)), List.of(),
                        mul(hit, clone(r.rate())), origin));
            }
        }
        List<Event> events = new ArrayList<>();
        for (Event e : model.events()) {
            List<EventAssignment> as = new ArrayList<>(e.assignments());
            for (EventAssignment a : e.assignments()) {
                if (a.variable().equals(GrowthModule.CELLS)) {
                    // resistant + (1 - escape) * (the assignment applied to resistant - resistant)
                    Expr change = Expr.bin(BinaryOp.SUB, clone(a.math()), Expr.ref(CLONE));
                    as.add(new EventAssignment(CLONE, Expr.bin(BinaryOp.ADD, Expr.ref(CLONE), mul(hit, change))));
                }
            }
            events.add(new Event(e.id(), e.trigger(), as, e.origin()));
        }
        List<AssignmentRule> rules = new ArrayList<>();
        for (AssignmentRule a : model.assignmentRules()) {
            boolean cells = a.variable().equals(GrowthModule.TUMOR_CELLS);
            Expr withClone = Expr.bin(BinaryOp.ADD, a.math(), Expr.ref(CLONE));
            rules.add(cells ? new AssignmentRule(a.variable(), withClone, origin) : a);
        }
        return new Model(model.id(), model.units(), model.compartments(), model.species(), model.parameters(),
                model.initialAssignments(), rules, model.rateRules(), reactions, events, model.algebraicRules());
    }

    private static boolean isCells(SpeciesRef ref) {
        return ref.species().equals(GrowthModule.CELLS) && ref.stoichiometry() == 1 && ref.stoichiometryMath() == null;
    }

    private static Expr clone(Expr e) {
        return ModuleRenamer.rename(e, id -> id.equals(GrowthModule.CELLS) ? CLONE : id);
    }

    private static Expr mul(Expr a, Expr b) {
        return Expr.bin(BinaryOp.MUL, a, b);
    }
}
