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
 *
 * <p>Model sources: {@link org.aftermath.tmen.models.BuiltInModels} lists every bundled
 * {@code .ant} file (no registry: a new file is picked up), and
 * {@link org.aftermath.tmen.models.ModelSource} resolves a scenario's {@code model:} value
 * (the bundled model, or a folder or file of the user's that replaces same-named modules and
 * extends the model with others) into {@link org.aftermath.tmen.models.ModelFile}s; code that
 * reads a bundled module should take it from {@code ModelSource.file(name)} so user
 * replacements apply. {@link org.aftermath.tmen.models.ModelChecker} checks files without
 * running them ({@code aftermath model --check}), with unit dimensions from
 * {@link org.aftermath.tmen.models.Dimension}; {@link org.aftermath.tmen.models.ModelPrinter}
 * prints a model readably.
 */
package org.aftermath.tmen.models;
