/**
 * From treatment schedules to an ordered list of doses.
 *
 * <p>{@link org.aftermath.tmen.regimen.Regimen#expand(java.util.List, double)} expands every
 * schedule, orders the doses by day (same-day doses in treatment declaration order), applies
 * doses up to and including the horizon day and skips later ones with a warning.
 * {@link org.aftermath.tmen.regimen.DoseTable} prints the result for {@code --dry-run}. Each
 * {@link org.aftermath.tmen.regimen.Dose} names the model event that will apply it.
 */
package org.aftermath.tmen.regimen;
