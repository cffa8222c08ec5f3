/**
 * Writing a command's outputs into an {@link org.aftermath.output.OutputFolder}, each in one call
 * that ends with the {@link org.aftermath.output.Manifest}: {@link org.aftermath.report.RunOutputs}
 * for a run (the time course by {@link org.aftermath.report.TimeseriesCsv}, the summary, the
 * self-contained {@code report.html} with its figures by {@link org.aftermath.report.ReportWriter}),
 * {@link org.aftermath.report.CompareReportWriter} for {@code compare.html}; the studies' and the
 * cohort's reports are in the subpackages. {@link org.aftermath.report.NumberText} formats numbers
 * for readers.
 */
package org.aftermath.report;
