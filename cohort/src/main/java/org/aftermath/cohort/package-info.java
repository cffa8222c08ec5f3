/**
 * Virtual cohorts: parameter variability, samplers and sensitivity analysis.
 */
package org.aftermath.cohort;
