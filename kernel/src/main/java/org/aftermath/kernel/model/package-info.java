/**
 * Models as immutable records in the concepts of SBML Level 3 core:
 * {@link org.aftermath.kernel.model.Model} with compartments, species (amounts), parameters
 * with {@link org.aftermath.kernel.model.Provenance}, initial assignments, assignment rules
 * (observables), rate rules, reactions and events. Every element records its
 * {@link org.aftermath.kernel.model.Origin} for error messages;
 * {@link org.aftermath.kernel.model.ModelException} collects problems. A model is read from
 * Antimony ({@code org.aftermath.kernel.antimony}), changed with the {@code Model.with...}
 * methods, combined with {@link org.aftermath.kernel.model.Model#merge}, and checked and
 * compiled by {@code org.aftermath.kernel.compile}.
 */
package org.aftermath.kernel.model;
