/**
 * Outputs of the studies that run a scenario many times: the schedule search
 * ({@link org.aftermath.report.study.OptimizeReport}: {@code optimize.json}, {@code evaluations.csv},
 * {@code optimize.html} with its convergence chart) and the global sensitivity analysis
 * ({@link org.aftermath.report.study.SensitivityReport}: {@code sensitivity.csv},
 * {@code sensitivity.json}, {@code sensitivity.html} with a bar chart of the indices and their
 * confidence intervals). Figures are {@link org.aftermath.report.figures.Figure}s, rendered to
 * SVG and PNG and inlined in the page as the run report does.
 */
package org.aftermath.report.study;
