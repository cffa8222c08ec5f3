package org.aftermath.tmen.microenvironment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.tmen.therapy.ModuleRenamer;

/**
 * Extends a tumour model whose cancer cells are one species ({@code N}, the growth module's)
 * with the cancer-cell states of {@code tme-cancer.ant}: the states grow by the growth law's own
 * rate laws with {@code N} replaced by the state, escape part of the drug kill, die in the same
 * proportion at every instantaneous kill (kill-fraction doses, radiotherapy fractions), and are
 * counted in {@code tumor_cells}. Every growth law is multiplied by {@code drive} (the DDSP's
 * growth effect and the proliferation lag), every drug kill by {@code kill_survival} (the part of
 * the kill the cancer cells' NF-kB does not prevent), every cytotoxic dose starts a lag.
 */
public final class CancerStates {
    /** The growth module's cancer-cell species: the proliferating, drug-sensitive cells. */
    public static final String PROLIFERATING = "N";
    static final String TOLERANT = "tolerant";
    static final String DDR_DEFICIENT = "ddr_deficient";
    static final String DORMANT = "dormant";
    static final String TUMOR_CELLS = "tumor_cells";
    static final String DRIVE = "drive";
    static final String LAG = "proliferation_lag";
    static final String AGENT_STRESS = "agent_stress";
    static final String KILL_SURVIVAL = "kill_survival";
    /** Suffix of the Norton–Simon kill reactions the therapy model writes. */
    static final String KILL_SUFFIX = "_kill";

    private CancerStates() { }

    /** @return true if the model carries the cancer-state module */
    public static boolean present(Model model) {
        return model.species(TOLERANT).isPresent();
    }

    /**
     * Binds the module's input {@code agent_stress} to the summed effects of the genotoxic agents.
     *
     * @param model            the merged model ({@link #present})
     * @param genotoxicEffects observables of the genotoxic agents' effects, e.g. {@code doxorubicin_effect}
     * @param origin           where the bindings are made
     * @return the bound model
     */
    public static Model bindPorts(Model model, Collection<String> genotoxicEffects, Origin origin) {
        Expr stress = Expr.num(0);
        for (String effect : genotoxicEffects) {
            stress = Expr.bin(BinaryOp.ADD, stress, Expr.ref(effect));
        }
        return model.withParameterBound(AGENT_STRESS, stress, origin);
    }

    /**
     * Extends the growth laws, drug kills, instantaneous kills and {@code tumor_cells} to every
     * state; call it on the finished model, events included.
     *
     * @param model           the compiled scenario's model ({@link #present})
     * @param cytotoxicEvents ids of the dose events that start a proliferation lag: kill-fraction
     *                        doses, genotoxic and anti-microtubule agents, radiotherapy fractions
     * @param origin          where the additions are made
     * @return the extended model
     */
    public static Model extend(Model model, Set<String> cytotoxicEvents, Origin origin) {
        List<Reaction> reactions = new ArrayList<>();
        for (Reaction r : model.reactions()) {
            if (isGrowth(r)) {
                Expr rate = times(r.rate(), Expr.ref(DRIVE));
                reactions.add(new Reaction(r.id(), r.reactants(), r.products(), rate, r.origin()));
                reactions.add(produce(r.id() + "_" + TOLERANT, TOLERANT,
                        times(Expr.ref("tolerant_growth"), state(rate, TOLERANT)), origin));
                reactions.add(produce(r.id() + "_" + DDR_DEFICIENT, DDR_DEFICIENT, state(rate, DDR_DEFICIENT), origin));
            } else if (isKill(r)) {
                Expr rate = times(r.rate(), Expr.ref(KILL_SURVIVAL));
                r = new Reaction(r.id(), r.reactants(), r.products(), rate, r.origin());
                reactions.add(r);
                reactions.add(consume(r.id() + "_" + TOLERANT, TOLERANT,
                        times(escaping("tolerance_escape"), state(r.rate(), TOLERANT)), origin));
                reactions.add(consume(r.id() + "_" + DDR_DEFICIENT, DDR_DEFICIENT,
                        times(escaping("ddr_deficient_escape"), state(r.rate(), DDR_DEFICIENT)), origin));
                // DDR-deficient cells among the would-be-killed escape apoptosis and survive.
                reactions.add(new Reaction(r.id() + "_escape", List.of(new SpeciesRef(PROLIFERATING, 1)),
                        List.of(new SpeciesRef(DDR_DEFICIENT, 1)),
                        times(Expr.ref("ddr_deficient_fraction"), r.rate()), origin));
            } else {
                reactions.add(r);
            }
        }
        List<AssignmentRule> rules = new ArrayList<>();
        for (AssignmentRule a : model.assignmentRules()) {
            rules.add(a.variable().equals(TUMOR_CELLS)
                    ? new AssignmentRule(TUMOR_CELLS, sum(PROLIFERATING, TOLERANT, DDR_DEFICIENT, DORMANT), origin)
                    : a);
        }
        List<Event> events = new ArrayList<>();
        for (Event e : model.events()) {
            List<EventAssignment> as = new ArrayList<>(e.assignments());
            for (EventAssignment a : e.assignments()) {
                if (a.variable().equals(PROLIFERATING)) {
                    for (String s : List.of(TOLERANT, DDR_DEFICIENT, DORMANT)) {
                        as.add(new EventAssignment(s, state(a.math(), s)));
                    }
                }
            }
            if (cytotoxicEvents.contains(e.id())) {
                as.add(new EventAssignment(LAG, Expr.num(1)));
            }
            events.add(new Event(e.id(), e.trigger(), as, e.origin()));
        }
        return new Model(model.id(), model.units(), model.compartments(), model.species(), model.parameters(),
                model.initialAssignments(), rules, model.rateRules(), reactions, events, model.algebraicRules());
    }

    /** A growth law of the cancer cells: makes N from nothing. */
    private static boolean isGrowth(Reaction r) {
        return r.reactants().isEmpty() && r.products().size() == 1
                && r.products().get(0).species().equals(PROLIFERATING);
    }

    /** A Norton–Simon drug kill of the cancer cells. */
    private static boolean isKill(Reaction r) {
        return r.id().endsWith(KILL_SUFFIX) && r.products().isEmpty() && r.reactants().size() == 1
                && r.reactants().get(0).species().equals(PROLIFERATING);
    }

    private static Expr state(Expr e, String species) {
        return ModuleRenamer.rename(e, id -> id.equals(PROLIFERATING) ? species : id);
    }

    private static Expr escaping(String escape) {
        return Expr.bin(BinaryOp.SUB, Expr.num(1), Expr.ref(escape));
    }

    private static Expr times(Expr a, Expr b) {
        return Expr.bin(BinaryOp.MUL, a, b);
    }

    private static Expr sum(String... ids) {
        Expr e = Expr.ref(ids[0]);
        for (int i = 1; i < ids.length; i++) {
            e = Expr.bin(BinaryOp.ADD, e, Expr.ref(ids[i]));
        }
        return e;
    }

    private static Reaction produce(String id, String species, Expr rate, Origin origin) {
        return new Reaction(id, List.of(), List.of(new SpeciesRef(species, 1)), rate, origin);
    }

    private static Reaction consume(String id, String species, Expr rate, Origin origin) {
        return new Reaction(id, List.of(new SpeciesRef(species, 1)), List.of(), rate, origin);
    }
}
