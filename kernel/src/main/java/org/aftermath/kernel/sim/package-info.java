/**
 * Running a compiled model: the {@link org.aftermath.kernel.sim.Simulator} integrates piecewise
 * between event times, so that doses land exactly, and notifies
 * {@link org.aftermath.kernel.sim.SimulationObserver}s, which produce every output:
 * {@link org.aftermath.kernel.sim.GridSampler} for fixed-step time courses (a sample at an event
 * time shows the state after the event), {@link org.aftermath.kernel.sim.EventLog} for the exact
 * states around each event, and {@link org.aftermath.kernel.sim.NadirTracker} for the first
 * minimum and the subsequent recovery, located on the dense output rather than on any grid.
 * Observers receive one shared step per integration step that interpolates each sample time
 * once ({@code StepMemo}), and {@link org.aftermath.kernel.sim.Observable} evaluates only the
 * observable it follows; the simulator tells the integrator about every event
 * ({@link org.aftermath.ode.Integrator#discontinuity()}).
 *
 * <pre>{@code
 * CompiledModel m = ModelCompiler.compile(model);
 * NadirTracker nadir = new NadirTracker("tumor_cells");
 * new Simulator(m).run(null, 0, 147, IntegratorKind.AUTO.create(Tolerances.DEFAULT), List.of(nadir));
 * }</pre>
 */
package org.aftermath.kernel.sim;
