package org.aftermath.tmen.therapy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * Instantiates a model module under a prefix: every id the module defines (compartments,
 * species, parameters, rule variables, reactions, events) becomes {@code <prefix>_<id>}, in
 * definitions and in every expression. Names the module uses without defining them (such as
 * {@code patient_bsa_m2}, {@code N} or {@code time}) are left alone, so they bind to the model
 * the instance is merged into. Unit ids are not renamed (identical unit definitions merge).
 */
public final class ModuleRenamer {

    private ModuleRenamer() { }

    /**
     * @param module a model read from a module file
     * @param prefix an identifier
     * @return the module with its own ids prefixed; its id becomes {@code <prefix>_<module id>}
     */
    public static Model prefix(Model module, String prefix) {
        Set<String> own = definedIds(module);
        UnaryOperator<String> name = id -> own.contains(id) ? prefix + "_" + id : id;
        return new Model(prefix + "_" + module.id(), module.units(),
                module.compartments().stream().map(c -> new Compartment(name.apply(c.id()), c.size(), c.unit(), c.origin())).toList(),
                module.species().stream().map(s -> s.with(name.apply(s.id()), name.apply(s.compartment()),
                        s.initialAmount())).toList(),
                module.parameters().stream().map(p -> new Parameter(name.apply(p.id()), p.value(), p.unit(),
                        p.constant(), p.provenance(), p.origin())).toList(),
                module.initialAssignments().stream().map(a -> new InitialAssignment(name.apply(a.variable()),
                        rename(a.math(), name), a.origin())).toList(),
                module.assignmentRules().stream().map(r -> new AssignmentRule(name.apply(r.variable()),
                        rename(r.math(), name), r.origin())).toList(),
                module.rateRules().stream().map(r -> new RateRule(name.apply(r.variable()),
                        rename(r.math(), name), r.origin())).toList(),
                module.reactions().stream().map(r -> new Reaction(name.apply(r.id()), refs(r.reactants(), name),
                        refs(r.products(), name), rename(r.rate(), name), r.origin())).toList(),
                module.events().stream().map(e -> new Event(name.apply(e.id()), rename(e.trigger(), name),
                        e.assignments().stream().map(a -> new EventAssignment(name.apply(a.variable()),
                                rename(a.math(), name))).toList(), e.origin())).toList());
    }

    /** @return the ids a model defines */
    public static Set<String> definedIds(Model m) {
        Set<String> ids = new HashSet<>();
        m.compartments().forEach(c -> ids.add(c.id()));
        m.species().forEach(s -> ids.add(s.id()));
        m.parameters().forEach(p -> ids.add(p.id()));
        m.assignmentRules().forEach(r -> ids.add(r.variable()));
        m.reactions().forEach(r -> ids.add(r.id()));
        m.events().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static List<SpeciesRef> refs(List<SpeciesRef> refs, UnaryOperator<String> name) {
        return refs.stream().map(r -> new SpeciesRef(name.apply(r.species()), r.stoichiometry())).toList();
    }

    /** @return {@code e} with every reference renamed by {@code name} */
    public static Expr rename(Expr e, UnaryOperator<String> name) {
        if (e instanceof Expr.Ref r) {
            return new Expr.Ref(name.apply(r.name()));
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), rename(u.operand(), name));
        } else if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), rename(b.left(), name), rename(b.right(), name));
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.args().stream().map(a -> rename(a, name)).toList());
        } else if (e instanceof Expr.Piecewise p) {
            return new Expr.Piecewise(p.values().stream().map(v -> rename(v, name)).toList(),
                    p.conditions().stream().map(c -> rename(c, name)).toList(), rename(p.otherwise(), name));
        }
        return e;
    }
}
