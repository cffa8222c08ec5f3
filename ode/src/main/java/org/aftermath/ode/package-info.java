/**
 * Integrators for systems of ordinary differential equations {@code y' = f(t, y)}.
 *
 * <h2>Using it</h2>
 * Implement {@link org.aftermath.ode.OdeSystem} (dimension and right-hand side; optionally an
 * analytic Jacobian and {@code isAutonomous()}), pick an integrator by name and advance the state
 * interval by interval, between discontinuities such as doses:
 * <pre>{@code
 * Integrator integrator = IntegratorKind.AUTO.create(Tolerances.DEFAULT);
 * IntegrationStats stats = new IntegrationStats();
 * double[] y = initialState.clone();
 * integrator.integrate(system, 0.0, y, 21.0, step -> recorder.record(step), stats);
 * // y now holds the state at t = 21 days; apply the dose, then integrate the next interval
 * }</pre>
 * Every accepted step reaches the {@link org.aftermath.ode.StepListener} as a
 * {@link org.aftermath.ode.DenseStep} that can be interpolated anywhere inside the step; the
 * last step ends exactly at the requested end time. Keep one integrator instance per simulation:
 * instances remember a step size between calls and are not thread-safe.
 *
 * <h2>Methods</h2>
 * <table>
 *   <caption>Integrators by name</caption>
 *   <tr><th>name</th><th>for</th><th>order (dense output)</th></tr>
 *   <tr><td>{@code auto} (default)</td><td>anything: starts explicit, switches to RODAS4 for good
 *       once stiffness is detected ({@link org.aftermath.ode.AutoIntegrator})</td>
 *       <td>5 (4), then 4 (3)</td></tr>
 *   <tr><td>{@code dormand-prince}</td><td>non-stiff problems; Hipparchus' Dormand–Prince 5(4)
 *       ({@link org.aftermath.ode.DormandPrinceIntegrator})</td><td>5 (4)</td></tr>
 *   <tr><td>{@code dormand-prince-853}</td><td>non-stiff problems at very tight tolerances;
 *       Hipparchus' Dormand–Prince 8(5,3)</td><td>8 (7)</td></tr>
 *   <tr><td>{@code rosenbrock}</td><td>stiff problems (fast drug distribution next to slow
 *       growth, chemical kinetics); RODAS4, L-stable
 *       ({@link org.aftermath.ode.RosenbrockIntegrator})</td><td>4 (3)</td></tr>
 * </table>
 *
 * <h2>Accuracy</h2>
 * All methods control the local error per step against
 * {@code absolute + relative * |y_i|} ({@link org.aftermath.ode.Tolerances}); the global error is
 * not bounded by the tolerance but, in this module's tests, it stays roughly proportional to it.
 * With {@link org.aftermath.ode.Tolerances#DEFAULT} (relative 1e-10, absolute 1e-12) the tests
 * reproduce exponential, logistic and Gompertz growth and two-compartment pharmacokinetics over
 * 150 days to better than 1e-8 relative with {@code auto}, {@code dormand-prince} and
 * {@code rosenbrock}, at step ends and in the dense output ({@code dormand-prince-853}: 4e-8 on
 * the PK problem, see {@link org.aftermath.ode.DormandPrinceIntegrator}). Stiff reference
 * problems (Robertson, HIRES, Van der Pol with ε = 1e-6) are reproduced to 1e-6 relative by
 * {@code rosenbrock} and {@code auto} at relative tolerance 1e-9 to 1e-10. Choose the absolute
 * tolerance below the smallest magnitude that still matters for each state (e.g. 1e-20 for
 * Robertson's y2 ≈ 1e-14); when states live on very different scales, give each its own
 * multiplier of the absolute tolerance ({@link org.aftermath.ode.IntegratorKind#create(Tolerances,
 * double[])}: component i is then controlled by {@code absolute * s_i + relative *
 * |y_i|}). Fixed-step variants ({@code fixedStep} factories) exist for
 * convergence-order studies only.
 *
 * <h2>Failures</h2>
 * An {@link org.aftermath.ode.IntegrationException} (with the time reached) is thrown when the
 * step size underflows — typically a solution blowing up in finite time — when the state or its
 * derivative becomes non-finite and cannot be avoided by shortening the step, or after a bounded
 * number of step attempts per call.
 *
 * <h2>Work counters</h2>
 * {@link org.aftermath.ode.IntegrationStats} accumulates accepted and rejected steps,
 * right-hand-side evaluations (including those spent on numerical Jacobians), Jacobian
 * evaluations and LU decompositions; supplying an analytic Jacobian to the stiff method saves n
 * evaluations per step.
 */
package org.aftermath.ode;
