package org.aftermath.ode;

/** Thrown when an integration cannot proceed (step-size underflow, non-finite state). */
public class IntegrationException extends RuntimeException {
    private final double time;

    public IntegrationException(String message, double time) {
        super(message + " (at t = " + time + ")");
        this.time = time;
    }

    /** @return the time at which integration failed */
    public double time() {
        return time;
    }
}
