package org.aftermath.kernel.sim;

import org.aftermath.ode.IntegrationStats;

/**
 * What a run ends with.
 *
 * @param finalState      state at the end time
 * @param finalParameters parameters at the end time
 * @param eventsApplied   number of events applied
 * @param eventsSkipped   number of events whose time lies after the end time
 * @param stats           integrator work over the whole run
 * @param integrator      the name of the integrator used
 * @param wallNanos       wall-clock time of the run, nanoseconds
 */
public record SimulationResult(double[] finalState, double[] finalParameters, int eventsApplied,
                               int eventsSkipped, IntegrationStats stats, String integrator,
                               long wallNanos) { }
