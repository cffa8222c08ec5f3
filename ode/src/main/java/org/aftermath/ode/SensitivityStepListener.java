package org.aftermath.ode;

/** Receives every accepted step of an integration with sensitivities, in time order. */
@FunctionalInterface
public interface SensitivityStepListener {

    /** A listener that ignores every step. */
    SensitivityStepListener NONE = step -> { };

    /** @param step the accepted step; valid only during this call */
    void step(SensitivityStep step);
}
