/**
 * Schedule optimisation: searching anti-DDSP timing, dose and the cytotoxic interval within bounds
 * and toxicity constraints, for one patient or a fixed virtual cohort.
 */
package org.aftermath.optimize;
