package org.aftermath.tmen.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * The species a scenario's patient belongs to, which decides the pharmacokinetic modules of its
 * dosed agents: a human runs {@code pk-<agent>.ant} (or the generic module), a mouse (xenograft
 * scenarios) runs {@code pk-<agent>-mouse.ant} and nothing else — human kinetics are never
 * silently used for a mouse.
 */
public enum HostSpecies {
    /** The default: human pharmacokinetics. */
    HUMAN("human", ""),
    /** Mouse pharmacokinetics, for xenograft experiments (doses usually mg/kg). */
    MOUSE("mouse", "-mouse");

    private final String id;
    private final String fileSuffix;

    HostSpecies(String id, String fileSuffix) {
        this.id = id;
        this.fileSuffix = fileSuffix;
    }

    /** @return the scenario key's value, e.g. {@code mouse} */
    public String id() {
        return id;
    }

    /** @return the suffix of the agent's module name before {@code .ant}: empty for a human, {@code -mouse} */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** @return the values {@code patient.species} accepts */
    public static List<String> ids() {
        return Arrays.stream(values()).map(HostSpecies::id).toList();
    }

    /** @return the species whose id is {@code id} */
    public static HostSpecies of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("species must be one of " + ids() + " (got " + id + ")"));
    }
}
