package org.aftermath.tmen.regimen;

import java.util.Objects;
import org.aftermath.tmen.therapy.ModelIds;

/**
 * One dose of one treatment.
 *
 * @param day       when it is given, days from the start, finite, &gt;= 0
 * @param treatment the treatment's name
 * @param index     1 for the treatment's first dose, 2 for its second, ... (in time order)
 * @param eventId   the id of the model event that applies it, {@link #eventId(String, int)};
 *                  a skipped dose keeps the id it would have had
 * @param cytotoxic true if the dose acts on the cancer cells directly ({@code Treatment.cytotoxic()}):
 *                  it starts a proliferation lag and is a restaging point of response assessment;
 *                  false for a modulator's dose
 */
public record Dose(double day, String treatment, int index, String eventId, boolean cytotoxic) {

    public Dose {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(eventId, "eventId");
        if (!(day >= 0) || !Double.isFinite(day)) {
            throw new IllegalArgumentException("dose day must be finite and >= 0 (got " + day + ")");
        }
        if (index < 1) {
            throw new IllegalArgumentException("dose index must be >= 1 (got " + index + ")");
        }
    }

    /**
     * @return {@code <id>_dose_<index>} with {@code id = ModelIds.of(treatment)}; unique because
     *         the compiler refuses two treatment names with one id
     */
    public static String eventId(String treatment, int index) {
        return ModelIds.of(treatment) + "_dose_" + index;
    }

    /** @return the day as tables and messages show it: "21" for whole days, else "10.5" */
    public String dayText() {
        return formatDay(day);
    }

    /** @return {@code day} as tables and messages show it, without ".0" when it is whole */
    public static String formatDay(double day) {
        if (day == Math.rint(day) && Math.abs(day) < 1e15) {
            return Long.toString((long) day);
        }
        return Double.toString(day);
    }
}
