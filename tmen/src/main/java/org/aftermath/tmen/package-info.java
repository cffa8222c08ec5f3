/**
 * The biology layer of Aftermath: from a scenario file to a kernel model ready to simulate.
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.read(Path.of("examples/figure-3a-td10.yaml"));
 * CompiledScenario c = ScenarioCompiler.compile(s, Map.of("chemo_kill_fraction", 0.8));
 * System.out.print(c.doseTable());          // --dry-run
 * c.model();                                // species N, observable tumor_cells, one event per dose
 * c.parameters();                           // every starting value and what set it, for the manifest
 * }</pre>
 *
 * <p>Subpackages: {@code scenario} (the YAML format and its validation), {@code regimen}
 * (schedules expanded into ordered doses), {@code models} (the bundled growth-law model files and
 * their contract with the compiler), {@code agents} (the therapy-agent knowledge base),
 * {@code therapy} (agent treatments in the model: PK module instances, Norton-Simon kill,
 * radiotherapy). Time is in days, tumour size in cells. All errors a user can
 * cause are {@link org.aftermath.tmen.scenario.ScenarioException}s with one-line messages naming
 * the file and field. A modeller's own growth-law file can replace the bundled one through
 * {@link org.aftermath.tmen.ScenarioCompiler#compile(org.aftermath.tmen.scenario.Scenario,
 * java.util.Map, org.aftermath.kernel.model.Model)}.
 */
package org.aftermath.tmen;
