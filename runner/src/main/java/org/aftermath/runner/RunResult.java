package org.aftermath.runner;

import java.util.Map;
import org.aftermath.kernel.sim.SimulationResult;
import org.aftermath.tmen.CompiledScenario;

/**
 * Everything one run produced.
 *
 * @param scenario   the compiled scenario that was run
 * @param options    how it was run
 * @param timeseries the time course on the output grid
 * @param summary    the outcomes from the exact trajectory
 * @param parameters every parameter slot's value at t = 0 (after initial assignments), by name
 * @param simulation final state, integrator work and wall time
 */
public record RunResult(CompiledScenario scenario, RunOptions options, Timeseries timeseries,
                        RunSummary summary, Map<String, Double> parameters, SimulationResult simulation) { }
