package org.aftermath.kernel.model;

/** A reactant or product of a reaction with its stoichiometry (&gt; 0). */
public record SpeciesRef(String species, double stoichiometry) { }
