/**
 * The biology as data: Antimony model files bundled as class-path resources in
 * {@code org/aftermath/tmen/models/}, one per growth law ({@code tumor-exponential.ant},
 * {@code tumor-gompertz.ant}, {@code tumor-gompertz-doubling.ant}). Each parameter carries its
 * source and plausible range in a trailing {@code //@ source: ... | range: lo .. hi | note: ...}
 * comment citing {@code LITERATURE.md}.
 *
 * <p>{@link org.aftermath.tmen.models.GrowthModule} names the files and states what the scenario
 * compiler relies on: species {@code N} (viable cancer cells), observable {@code tumor_cells}, and
 * the parameters the scenario sets ({@code doubling_days}; {@code carrying_capacity} with
 * {@code gompertz_rate} or {@code doubling_days}). Doses are not in the files: the compiler adds
 * them as events.
 */
package org.aftermath.tmen.models;
