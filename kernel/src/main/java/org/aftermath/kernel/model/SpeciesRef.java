package org.aftermath.kernel.model;

import org.aftermath.kernel.expr.Expr;

/**
 * A reactant or product of a reaction with its stoichiometry.
 *
 * @param species           the species id
 * @param stoichiometry     the constant stoichiometry (&gt; 0), or its initial value (NaN if
 *                          unknown) when {@code stoichiometryMath} is set
 * @param stoichiometryMath null for a constant stoichiometry; else the expression whose current
 *                          value is the stoichiometry (SBML variable stoichiometry: a reference
 *                          to the species reference's id, times a conversion factor where the
 *                          species has one); it may change during a run
 */
public record SpeciesRef(String species, double stoichiometry, Expr stoichiometryMath) {

    /** A constant stoichiometry. */
    public SpeciesRef(String species, double stoichiometry) {
        this(species, stoichiometry, null);
    }

    /** @return the stoichiometry as an expression: the math, or the number */
    public Expr stoichiometryExpr() {
        return stoichiometryMath != null ? stoichiometryMath : Expr.num(stoichiometry);
    }
}
