/**
 * Virtual-cohort runs: many patients of one scenario, each with inputs drawn from the scenario's
 * {@code variability:} block, streamed to an output folder.
 *
 * <ul>
 *   <li>{@link org.aftermath.cohort.run.CohortJob} is the cohort as plain, serialisable data (scenario and model file
 *       texts, seed, patient count, solver, band grid);</li>
 *   <li>{@link org.aftermath.cohort.run.PatientSimulator} simulates patient {@code i} of a job: draw, apply, compile,
 *       run; the result depends only on the job and {@code i};</li>
 *   <li>{@link org.aftermath.cohort.run.PatientTask} makes the patients an indexed task for the engines of
 *       {@link org.aftermath.cohort.tasks} (index ranges in, outcome rows out in index order; this machine's threads,
 *       or a distributed engine plugged in by name);</li>
 *   <li>{@link org.aftermath.cohort.run.CohortRun} writes {@code patients.csv}, the binary spill
 *       {@code patients.bin}, {@code cohort-summary.json} ({@link org.aftermath.cohort.run.CohortSummarizer}, exact
 *       quantiles by {@link org.aftermath.cohort.run.Quantiles}) and {@code manifest.json}, and resumes an unfinished
 *       folder.</li>
 * </ul>
 *
 * <p>Same job, same bytes: the rows, the spill and the summary do not depend on the engine or its thread count.
 * Run options left to the defaults are the runner's cohort preset, {@link org.aftermath.runner.RunOptions#COHORT}.
 */
package org.aftermath.cohort.run;
