/**
 * From a {@link org.aftermath.kernel.model.Model} to fast evaluation.
 * {@link org.aftermath.kernel.compile.ModelCompiler} first runs
 * {@link org.aftermath.kernel.compile.ModelValidator} (all problems at once), then lays out
 * slots ({@code SlotLayout}: state, parameter and observable vectors), orders the computation
 * ({@code ModelPlan}: rule dependencies, reaction terms, initial assignments, events) and builds
 * one of two back-ends with identical arithmetic:
 * <ul>
 *   <li>generated: Java source ({@code JavaSourceGenerator}) compiled by Janino into a
 *       {@link org.aftermath.kernel.compile.GeneratedCode}, allocation-free, with an analytic
 *       Jacobian;</li>
 *   <li>interpreted: {@code EvalNode} trees over slot indices, the reference.</li>
 * </ul>
 * The result is a {@link org.aftermath.kernel.compile.CompiledModel} with
 * {@link org.aftermath.kernel.compile.CompiledEvent}s for time-triggered events.
 *
 * <p>For cohorts: the generated back-end remembers validated plans and their code per model
 * shape ({@code ModelShape}: the model with its values and numeric event times abstracted), so
 * patients that differ in parameter values, initial amounts, dose amounts or dose days compile
 * in about a millisecond; generated methods are split below HotSpot's 8 kB JIT limit; each
 * observable can be evaluated alone ({@link org.aftermath.kernel.compile.CompiledModel#observable});
 * the Jacobian's pattern is declared for the sparse factorisation of the stiff solver.
 */
package org.aftermath.kernel.compile;
