/**
 * Running scenarios: {@link org.aftermath.runner.ScenarioRunner} compiles a scenario's model,
 * simulates it from day 0 to the horizon with the chosen integrator, samples the observables on
 * the output grid, and derives the {@link org.aftermath.runner.Summary} — initial, nadir and final
 * burden, regrowth day, the burden around every dose — from the exact trajectory, so the summary
 * does not depend on the output step.
 */
package org.aftermath.runner;
