/**
 * The scenario format: what a user writes in {@code scenario.yaml}, read into immutable, validated
 * records.
 *
 * <p>{@link org.aftermath.tmen.scenario.ScenarioReader#read(java.nio.file.Path)} returns a
 * {@link org.aftermath.tmen.scenario.Scenario} or throws a
 * {@link org.aftermath.tmen.scenario.ScenarioException} with a one-line message naming the file
 * and the field: {@code fig.yaml: tumor.growth.doubling_days: must be > 0 (got -3)}. It reports
 * the first problem only, so that every message is precise; unknown keys, duplicate keys and
 * values of the wrong type are all problems.
 *
 * <p>Adding a key: give its record a component, list the key in the allowed keys of its mapping
 * in {@code ScenarioReader}, and read it with the typed methods of the package-private
 * {@code Node} ({@code positive()}, {@code fraction()}, {@code wholeNumber(min, max)},
 * {@code choice(options)}, {@code list()}, {@code fields(allowed...)}), which carry the field path
 * into every message. Record constructors re-check their invariants for scenarios built in code.
 *
 * <p>A {@link org.aftermath.tmen.scenario.Treatment} is a kill fraction or an
 * {@link org.aftermath.tmen.scenario.AgentDose} resolved against the agent knowledge base when the
 * file is read (unknown agent, family, unit or route: a message at that field listing what is
 * allowed); {@link org.aftermath.tmen.scenario.Patient} and
 * {@link org.aftermath.tmen.scenario.EndpointSettings} hold {@code patient:} and
 * {@code endpoints:} with their defaults.
 *
 * <p>{@link org.aftermath.tmen.scenario.VariabilitySpec} holds the {@code variability:} and
 * {@code correlations:} keys ({@link org.aftermath.tmen.scenario.DistributionSpec},
 * {@link org.aftermath.tmen.scenario.CorrelationSpec}); it describes how virtual patients differ and
 * does not change the scenario's own values. {@link org.aftermath.tmen.scenario.ScenarioInputs}
 * names the numeric inputs by path ({@code tumor.cells}, {@code treatments.NAME.dose},
 * {@code parameters.NAME}, ...) and sets drawn values with {@code apply}.
 *
 * <p>Units: time in days from the start of the simulation, tumour size in cells.
 */
package org.aftermath.tmen.scenario;
