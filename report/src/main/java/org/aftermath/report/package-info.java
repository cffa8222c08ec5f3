/**
 * Writing a run's outputs: {@link org.aftermath.report.TimeseriesCsv} for the time course,
 * {@link org.aftermath.report.Json} for the summary and the {@link org.aftermath.report.Manifest},
 * all inside an {@link org.aftermath.report.OutputFolder} that appears only when complete.
 */
package org.aftermath.report;
