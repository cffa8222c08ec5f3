package org.aftermath.tmen.scenario;

import java.util.OptionalDouble;
import org.aftermath.kernel.model.Domain;

/**
 * {@code tumor.resistant_clone}: a drug-resistant clone present at the start (Goldie &amp; Coldman 1979), the
 * model file {@code clone-resistant.ant} joined to the growth law. Each value is optional; an absent one keeps the
 * model file's.
 *
 * @param fraction   share of {@code tumor.cells} that is resistant at the start, in [0, 1)
 * @param killEscape fraction of every kill (drug, kill-fraction dose, radiation fraction) a resistant cell escapes,
 *                   in [0, 1]
 */
public record ResistantClone(OptionalDouble fraction, OptionalDouble killEscape) {

    /** A resistant share: in [0, 1). */
    public static final InputRange FRACTION = InputRange.FRACTION;
    /** An escaped share of a kill: in [0, 1]. */
    public static final InputRange ESCAPE = new InputRange(new Domain(0, false, 1, false), false, false, "in [0, 1]");

    public ResistantClone {
        if (fraction.isPresent() && !FRACTION.admits(fraction.getAsDouble())) {
            throw new IllegalArgumentException("fraction must be " + FRACTION.rule() + " (got " + fraction.getAsDouble()
                    + ")");
        }
        if (killEscape.isPresent() && !ESCAPE.admits(killEscape.getAsDouble())) {
            throw new IllegalArgumentException("kill_escape must be " + ESCAPE.rule() + " (got "
                    + killEscape.getAsDouble() + ")");
        }
    }
}
