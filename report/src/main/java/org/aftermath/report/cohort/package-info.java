/**
 * The report of a virtual cohort ({@code aftermath cohort}): {@value org.aftermath.report.cohort.CohortReportWriter#REPORT},
 * a self-contained XHTML page in the look of the run report, with the burden bands
 * ({@link org.aftermath.report.cohort.BandChart}), the progression-free curve
 * ({@link org.aftermath.report.cohort.ProgressionFreeChart}), the response rates and the distribution of the drawn
 * inputs, all read from the cohort summary.
 */
package org.aftermath.report.cohort;
