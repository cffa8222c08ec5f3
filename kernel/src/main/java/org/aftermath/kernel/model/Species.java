package org.aftermath.kernel.model;

/**
 * A species, always tracked as an amount (SBML {@code hasOnlySubstanceUnits = true}): its name
 * in an expression is the amount, and reaction rates are amounts per time unit.
 *
 * @param id            identifier
 * @param compartment   compartment id
 * @param initialAmount amount at t = 0 (overridden by an initial assignment if one exists)
 * @param unit          unit id, or null
 * @param boundary      true when reactions do not change it (SBML boundaryCondition)
 * @param constant      true when nothing changes it
 * @param origin        declaration site
 * @param domain        the values the amount must keep while the model runs, as the model file
 *                      writes it ({@code species N in c = 1e9  //@ domain: [0, inf)}), or null when
 *                      it writes none (nothing is asserted; imported SBML writes none)
 */
public record Species(String id, String compartment, double initialAmount, String unit,
                      boolean boundary, boolean constant, Origin origin, Domain domain) {

    /** A species whose model asserts no domain. */
    public Species(String id, String compartment, double initialAmount, String unit, boolean boundary,
                   boolean constant, Origin origin) {
        this(id, compartment, initialAmount, unit, boundary, constant, origin, null);
    }

    /** @return this species with another id, compartment and initial amount, everything else kept */
    public Species with(String newId, String newCompartment, double newInitialAmount) {
        return new Species(newId, newCompartment, newInitialAmount, unit, boundary, constant, origin, domain);
    }
}
