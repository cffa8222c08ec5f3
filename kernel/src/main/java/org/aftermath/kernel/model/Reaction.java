package org.aftermath.kernel.model;

import java.util.List;
import org.aftermath.kernel.expr.Expr;

/**
 * A reaction {@code reactants -> products; rate}. The rate is in amount per time; each
 * reactant loses {@code stoichiometry × rate}, each product gains it.
 */
public record Reaction(String id, List<SpeciesRef> reactants, List<SpeciesRef> products,
                       Expr rate, Origin origin) {
    public Reaction {
        reactants = List.copyOf(reactants);
        products = List.copyOf(products);
    }
}
