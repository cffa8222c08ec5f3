package org.aftermath.tmen.microenvironment;

import java.util.Objects;

/**
 * One dosed modulator acting on one target of the microenvironment model.
 *
 * @param agent      knowledge base id of the modulator
 * @param target     its knowledge base target (e.g. {@code NFKB}, {@code WNT16B})
 * @param port       the model input it drives (e.g. {@code inh_NFKB}, {@code wnt16b_neutralisation})
 * @param observable the model observable of this modulator's own contribution:
 *                   {@code <prefix>_inhibition_<port>} (fraction of the target blocked, 0..1) or,
 *                   for a neutralising antibody, {@code <prefix>_neutralisation} (per day)
 * @param unit       {@code fraction} or {@code 1/day}
 */
public record Modulation(String agent, String target, String port, String observable, String unit) {

    /** Unit of an inhibition observable. */
    public static final String FRACTION = "fraction";
    /** Unit of a neutralisation rate. */
    public static final String PER_DAY = "1/day";

    public Modulation {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(observable, "observable");
        Objects.requireNonNull(unit, "unit");
    }
}
