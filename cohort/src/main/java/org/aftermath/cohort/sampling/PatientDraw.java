package org.aftermath.cohort.sampling;

import java.util.Map;

/**
 * The drawn inputs of one virtual patient.
 *
 * @param index  patient index in the cohort (&ge; 0)
 * @param seed   the patient's seed, {@link PatientSeeds#patientSeed(long, long)}; record it to reproduce the patient
 * @param values variable name → drawn value, in declaration order (unmodifiable)
 */
public record PatientDraw(long index, long seed, Map<String, Double> values) {
}
