package org.aftermath.tmen.scenario;

import java.util.List;

/**
 * The patient: its species, which picks the agents' pharmacokinetic modules, and its size, which
 * turns doses per body surface area or per body weight into amounts.
 *
 * @param species  human (default) or mouse (xenograft scenarios)
 * @param bsaM2    body surface area, m², {@link InputRange#BSA}
 * @param weightKg body weight, kg, {@link InputRange#WEIGHT}
 */
public record Patient(HostSpecies species, double bsaM2, double weightKg) {

    /**
     * An adult of 1.8 m² and 70 kg (assumed: the conventional reference adult; adult BSA ranges
     * about 1.4–2.4 m², weight 45–120 kg). Scenarios without {@code patient:} use it and the
     * run manifest records the values (model parameters {@code patient_bsa_m2},
     * {@code patient_weight_kg}).
     */
    public static final Patient DEFAULT = new Patient(1.8, 70.0);

    /**
     * A mouse of 25 g and 0.0078 m² (assumed: a young adult laboratory mouse, 20–30 g; the surface
     * from Meeh's formula 9.1 cm² × (weight in g)^(2/3)), for {@code patient: {species: mouse}}
     * without a size.
     */
    public static final Patient MOUSE = new Patient(HostSpecies.MOUSE, 0.0078, 0.025);

    /** The keys of {@code patient:} that take numbers; each sets the model parameter {@code patient_<key>}. */
    public static final List<InputKey<Patient>> KEYS = List.of(
            InputKey.of("bsa_m2", InputRange.BSA, Patient::bsaM2, Patient::withBsaM2),
            InputKey.of("weight_kg", InputRange.WEIGHT, Patient::weightKg, Patient::withWeightKg));

    public Patient {
        if (species == null) {
            throw new IllegalArgumentException("species must be one of " + HostSpecies.ids());
        }
        if (!InputRange.BSA.admits(bsaM2)) {
            throw new IllegalArgumentException("bsa_m2 must be " + InputRange.BSA.rule() + " (got " + bsaM2 + ")");
        }
        if (!InputRange.WEIGHT.admits(weightKg)) {
            throw new IllegalArgumentException("weight_kg must be " + InputRange.WEIGHT.rule() + " (got " + weightKg + ")");
        }
    }

    /** A human patient. */
    public Patient(double bsaM2, double weightKg) {
        this(HostSpecies.HUMAN, bsaM2, weightKg);
    }

    /** @return the defaults of a species: {@link #DEFAULT} or {@link #MOUSE} */
    public static Patient defaults(HostSpecies species) {
        return species == HostSpecies.MOUSE ? MOUSE : DEFAULT;
    }

    /** @return this patient with another body surface area */
    public Patient withBsaM2(double value) {
        return new Patient(species, value, weightKg);
    }

    /** @return this patient with another body weight */
    public Patient withWeightKg(double value) {
        return new Patient(species, bsaM2, value);
    }
}
