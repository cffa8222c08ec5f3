/**
 * The report's figures, drawn with JFreeChart: the tumour burden with its doses
 * ({@link org.aftermath.report.figures.TumourChart}), one chart per group of observables declared
 * in {@code panels.yaml} ({@link org.aftermath.report.figures.PanelChart},
 * {@link org.aftermath.report.figures.ObservableCatalog}), and several scenarios' burdens overlaid
 * ({@link org.aftermath.report.figures.CompareChart}). {@link org.aftermath.report.figures.FigureRenderer}
 * turns a figure into SVG text (JFreeSVG) or a PNG image, headless.
 */
package org.aftermath.report.figures;
