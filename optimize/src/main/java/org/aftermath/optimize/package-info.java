/**
 * Schedule optimisation: searching anti-DDSP timing, dose and the cytotoxic interval within bounds
 * and toxicity constraints, for one patient or a fixed virtual cohort.
 *
 * <p>A {@link org.aftermath.optimize.ScheduleTemplate} holds the scenario file's YAML tree and
 * the two treatments a search edits: the cytotoxic treatment (its {@code every_days}) and the
 * modulator given {@code between} its doses ({@code offset_days}, {@code duration_days},
 * {@code dose}, or another agent). A {@link org.aftermath.optimize.Candidate} becomes a scenario by
 * editing that tree and reading it back, so every candidate is checked as a file would be, and the
 * best one is written as a runnable scenario. {@link org.aftermath.optimize.Toxicity} reads the
 * doses a candidate gives without simulating; {@link org.aftermath.optimize.Constraints} bounds them.
 * A {@link org.aftermath.optimize.ScenarioEvaluator} simulates: {@link org.aftermath.optimize.SinglePatient}
 * the scenario as written, {@link org.aftermath.optimize.VirtualCohort} the mean over fixed seeded
 * patients of its {@code variability:} block. {@link org.aftermath.optimize.ScheduleOptimizer}
 * searches (CMA-ES then Nelder–Mead, or Nelder–Mead), one modulator option at a time:
 * <pre>
 * ScheduleTemplate t = ScheduleTemplate.of(Files.readString(file), file.toString(), null);
 * SearchSpace space = new SearchSpace(List.of(t.ownModulator().orElseThrow()), new Range(0, 20),
 *         new Range(0, 21), new Range(0.5, 2), new Range(14, 31.5));
 * try (ScenarioEvaluator burden = new SinglePatient(Objective.LOG10_FINAL_BURDEN, RunOptions.COHORT)) {
 *     OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.CMA_ES, 40, 1)
 *             .optimize(t, space, new Constraints(450.0, 14, null), burden, e -&gt; { });
 *     Files.writeString(out.resolve("best-scenario.yaml"), t.yamlIn(r.best().candidate(), out));
 * }
 * </pre>
 */
package org.aftermath.optimize;
