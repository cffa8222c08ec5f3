package org.aftermath.tmen.scenario;

import java.util.List;

/**
 * The patient's size, which turns doses per body surface area or per body weight into amounts.
 *
 * @param bsaM2    body surface area, m², {@link InputRange#BSA}
 * @param weightKg body weight, kg, {@link InputRange#WEIGHT}
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
            InputKey.of("bsa_m2", InputRange.BSA, Patient::bsaM2, (p, v) -> new Patient(v, p.weightKg)),
            InputKey.of("weight_kg", InputRange.WEIGHT, Patient::weightKg, (p, v) -> new Patient(p.bsaM2, v)));

    public Patient {
        if (!InputRange.BSA.admits(bsaM2)) {
            throw new IllegalArgumentException("bsa_m2 must be " + InputRange.BSA.rule() + " (got " + bsaM2 + ")");
        }
        if (!InputRange.WEIGHT.admits(weightKg)) {
            throw new IllegalArgumentException("weight_kg must be " + InputRange.WEIGHT.rule() + " (got " + weightKg + ")");
        }
    }
}
