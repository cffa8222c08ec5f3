/**
 * Running scenarios: {@link org.aftermath.runner.ScenarioRunner} compiles a scenario's model,
 * simulates it from day 0 to the horizon with the chosen integrator, samples the observables on
 * the output grid (plus {@code tumor_volume_cm3} and {@code tumor_diameter_cm}), and derives the
 * {@link org.aftermath.runner.RunSummary} from the exact trajectory, so the summary does not depend
 * on the output step: initial, nadir and final burden, regrowth day, the burden around every dose;
 * clinical {@link org.aftermath.runner.Endpoints} (best response, time to progression, cure
 * probability); per-dose plasma exposure of every dosed agent
 * ({@link org.aftermath.runner.AgentExposure}: Cmax, AUC); and the {@link org.aftermath.runner.Bed}
 * of a radiotherapy course.
 */
package org.aftermath.runner;
