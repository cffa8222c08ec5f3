/**
 * Therapy agents in the model: pharmacokinetics, exposure-driven kill and radiotherapy.
 *
 * <p>{@link org.aftermath.tmen.therapy.TherapyModel} turns the agent treatments of a scenario
 * into model elements: one instance per dosed agent of its module file
 * ({@link org.aftermath.tmen.therapy.PkModule}, {@code pk-<agent>.ant} or {@code pk-generic.ant}),
 * with ids prefixed by {@link org.aftermath.tmen.therapy.ModuleRenamer} under the identifier
 * {@link org.aftermath.tmen.therapy.ModelIds} makes of the agent id; a Norton-Simon kill reaction
 * per agent; one event per dose (two for an infusion); and for radiotherapy the LQ fraction
 * events and the accelerated-repopulation switch, whose BED
 * {@link org.aftermath.tmen.therapy.Radiotherapy} computes.
 */
package org.aftermath.tmen.therapy;
