/**
 * Global sensitivity analysis of a scalar model outcome to independent uncertain inputs.
 *
 * <ul>
 *   <li>Variance-based (Sobol) indices: {@link org.aftermath.cohort.sensitivity.SaltelliDesign} builds the A, B and
 *       A_B^(i) matrices; {@link org.aftermath.cohort.sensitivity.SobolEstimator} computes first-order indices with
 *       the estimator of Saltelli et al. (2010, Comput. Phys. Commun. 181:259, Table 2 (b)) and total indices with
 *       Jansen's (1999) estimator (Table 2 (f)), with seeded percentile-bootstrap confidence intervals.</li>
 *   <li>Screening: {@link org.aftermath.cohort.sensitivity.MorrisScreening} (Morris 1991 elementary effects; mu* of
 *       Campolongo, Cariboni &amp; Saltelli 2007).</li>
 * </ul>
 * The model is a {@link org.aftermath.cohort.sensitivity.OutcomeFunction}; a design can also be evaluated elsewhere (e.g. a
 * cohort executor) and its outputs handed back through {@link org.aftermath.cohort.sensitivity.SaltelliOutputs}.
 *
 * <p>For a scenario: {@link org.aftermath.cohort.sensitivity.ScenarioSensitivity#inputs} takes the inputs from its
 * {@code variability:} block (unit-hypercube points map through each marginal's quantile; Sobol indices refuse
 * correlated inputs), and {@link org.aftermath.cohort.sensitivity.ScenarioOutcomeFunction} runs the scenario with a design
 * point's values applied (the design's rows as one {@link org.aftermath.cohort.sensitivity.DesignTask} on any
 * {@link org.aftermath.cohort.tasks.IndexedExecutor}: this machine's threads or the Spark engine), reading a {@link org.aftermath.runner.Outcome}:
 * <pre>
 * ScenarioFiles f = ScenarioFiles.read(Path.of("untreated.yaml"));
 * Scenario s = f.scenario();
 * SaltelliDesign design = new SaltelliDesign(ScenarioSensitivity.inputs(s, true), 64, SaltelliDesign.Sampling.SOBOL, 0);
 * try (IndexedExecutor threads = new LocalIndexedExecutor(2)) {
 *     ScenarioOutcomeFunction m = new ScenarioOutcomeFunction(f, s.variability().paths(), Outcome.LOG10_FINAL_BURDEN,
 *             RunOptions.DEFAULT, threads, () -&gt; { });
 *     SobolIndices si = new SobolEstimator(1000, 0.95, 1).analyse(design, m);
 * }
 * </pre>
 */
package org.aftermath.cohort.sensitivity;
