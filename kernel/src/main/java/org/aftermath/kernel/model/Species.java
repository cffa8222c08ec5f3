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
 */
public record Species(String id, String compartment, double initialAmount, String unit,
                      boolean boundary, boolean constant, Origin origin) { }
