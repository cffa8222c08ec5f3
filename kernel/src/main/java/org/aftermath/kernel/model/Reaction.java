package org.aftermath.kernel.model;

import java.util.List;
import org.aftermath.kernel.expr.Expr;

/**
 * A reaction {@code reactants -> products; rate}. The rate is in amount per time; each
 * reactant loses {@code stoichiometry × rate}, each product gains it.
 *
 * @param fast true for a fast reaction (SBML Level 2 and Level 3 Version 1 {@code fast}): it is
 *             taken to be at equilibrium at all times, i.e. the simulator keeps the state on the
 *             manifold where its rate is 0 and moves only the slow dynamics along it
 */
public record Reaction(String id, List<SpeciesRef> reactants, List<SpeciesRef> products,
                       Expr rate, boolean fast, Origin origin) {
    public Reaction {
        reactants = List.copyOf(reactants);
        products = List.copyOf(products);
    }

    /** A reaction that is not fast. */
    public Reaction(String id, List<SpeciesRef> reactants, List<SpeciesRef> products, Expr rate, Origin origin) {
        this(id, reactants, products, rate, false, origin);
    }

    /** @return a copy with another id */
    public Reaction withId(String newId) {
        return new Reaction(newId, reactants, products, rate, fast, origin);
    }
}
