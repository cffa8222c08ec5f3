/**
 * The HTML pages: {@link org.aftermath.report.html.Xhtml} builds well-formed XHTML (parseable by
 * any XML parser, displayed by any browser from disk), {@link org.aftermath.report.html.SummaryView}
 * reads a run's summary generically so fields added later appear without code changes, and
 * {@link org.aftermath.report.html.OutcomeTables} renders the outcome tables of a run and of a
 * comparison.
 */
package org.aftermath.report.html;
