/**
 * Parameter variability for virtual cohorts: marginal distributions ({@link org.aftermath.cohort.sampling.Marginal}),
 * a Gaussian copula for rank correlation between named variables ({@link org.aftermath.cohort.sampling.GaussianCopula}),
 * and the per-patient, counter-based seeding ({@link org.aftermath.cohort.sampling.PatientSeeds}) that makes patient
 * {@code i}'s draws independent of thread count and of every other patient ({@link org.aftermath.cohort.sampling.CohortSampler}).
 */
package org.aftermath.cohort.sampling;
