package org.aftermath.ode;

/** Receives every accepted step of an integration, in time order. */
@FunctionalInterface
public interface StepListener {

    /** A listener that ignores every step. */
    StepListener NONE = step -> { };

    /** @param step the accepted step; valid only during this call */
    void step(DenseStep step);
}
