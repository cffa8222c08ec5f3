package org.aftermath.tmen.agents;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The units a dose can be given in. Each agent allows some of them ({@link Agent#doseUnits()}). */
public enum DoseUnit {
    /** milligrams per square metre of body surface area */
    MG_PER_M2("mg/m²"),
    /** milligrams, a flat dose */
    MG("mg"),
    /** milligrams per kilogram of body weight */
    MG_PER_KG("mg/kg"),
    /** international units per square metre of body surface area (bleomycin) */
    IU_PER_M2("IU/m²"),
    /** international units, a flat dose (bleomycin) */
    IU("IU"),
    /** gray, absorbed radiation dose */
    GY("Gy");

    private final String label;

    DoseUnit(String label) {
        this.label = label;
    }

    /** @return how the unit is written, e.g. {@code mg/m²} */
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * @param text a unit as written, case-insensitive; {@code m2} may stand for {@code m²}
     * @return the unit, or empty if {@code text} names none
     */
    public static Optional<DoseUnit> parse(String text) {
        String wanted = text.strip().replace("m2", "m²").replace("M2", "m²");
        return Arrays.stream(values()).filter(u -> u.label.equalsIgnoreCase(wanted)).findFirst();
    }

    /** @return every unit's label, in declaration order */
    public static List<String> labels() {
        return Arrays.stream(values()).map(DoseUnit::label).toList();
    }
}
