/**
 * Writing a run's outputs: {@link org.aftermath.report.TimeseriesCsv} for the time course,
 * {@link org.aftermath.report.Json} for the summary and the {@link org.aftermath.report.Manifest},
 * {@link org.aftermath.report.ReportWriter} for the self-contained {@code report.html} with its
 * figures, {@link org.aftermath.report.CompareReportWriter} for {@code compare.html}, all inside
 * an {@link org.aftermath.report.OutputFolder} that appears only when complete.
 * {@link org.aftermath.report.NumberText} formats numbers for readers.
 */
package org.aftermath.report;
