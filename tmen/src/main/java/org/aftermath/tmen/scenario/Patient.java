package org.aftermath.tmen.scenario;

import java.util.List;

/**
 * The patient's size, which turns doses per body surface area or per body weight into amounts.
 *
 * @param bsaM2    body surface area, m², finite, &gt; 0
 * @param weightKg body weight, kg, finite, &gt; 0
 */
public record Patient(double bsaM2, double weightKg) {

    /**
     * An adult of 1.8 m² and 70 kg (assumed: the conventional reference adult; adult BSA ranges
     * about 1.4–2.4 m², weight 45–120 kg). Scenarios without {@code patient:} use it and the
     * run manifest records the values (model parameters {@code patient_bsa_m2},
     * {@code patient_weight_kg}).
     */
    public static final Patient DEFAULT = new Patient(1.8, 70.0);

    /** The keys of {@code patient:}; each sets the model parameter {@code patient_<key>}. */
    public static final List<InputKey<Patient>> KEYS = List.of(
            InputKey.of("bsa_m2", InputRange.POSITIVE, Patient::bsaM2, (p, v) -> new Patient(v, p.weightKg)),
            InputKey.of("weight_kg", InputRange.POSITIVE, Patient::weightKg, (p, v) -> new Patient(p.bsaM2, v)));

    public Patient {
        if (!(bsaM2 > 0) || !Double.isFinite(bsaM2)) {
            throw new IllegalArgumentException("bsa_m2 must be a finite number > 0 (got " + bsaM2 + ")");
        }
        if (!(weightKg > 0) || !Double.isFinite(weightKg)) {
            throw new IllegalArgumentException("weight_kg must be a finite number > 0 (got " + weightKg + ")");
        }
    }
}
