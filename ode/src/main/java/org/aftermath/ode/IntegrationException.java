package org.aftermath.ode;

/**
 * Thrown when an integration cannot proceed. Carries what a caller needs to explain it without
 * parsing the message: the integrator, the {@link Reason}, the detail and the time reached.
 * The message is {@code [context]integrator: detail (at t = time)}.
 */
public class IntegrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why an integration stopped. */
    public enum Reason {
        /** the state, its derivative or the Jacobian is or became non-finite (overflow or an undefined value) */
        NON_FINITE,
        /** the step size fell below the resolution of time with finite values (stiffness, a singularity) */
        STEP_UNDERFLOW,
        /** the Rosenbrock matrix I/(gamma h) - J stayed singular */
        SINGULAR_MATRIX,
        /** more step attempts in one call than the integrator allows */
        ATTEMPT_LIMIT,
        /** a state the model keeps in a domain (a cell count, a concentration) left it by more than the tolerance */
        LEFT_DOMAIN
    }

    private final String integrator;
    private final Reason reason;
    private final String detail;
    private final double time;
    private final String context;

    /**
     * @param integrator the integrator's name ({@link Integrator#name()})
     * @param reason     why it stopped
     * @param detail     what happened, without the integrator's name or the time
     * @param time       the time reached
     */
    public IntegrationException(String integrator, Reason reason, String detail, double time) {
        this(integrator, reason, detail, time, "", null);
    }

    /** Like {@link #IntegrationException(String, Reason, String, double)}, with the library failure that caused it. */
    public IntegrationException(String integrator, Reason reason, String detail, double time, Throwable cause) {
        this(integrator, reason, detail, time, "", cause);
    }

    private IntegrationException(String integrator, Reason reason, String detail, double time, String context,
                                 Throwable cause) {
        super(context + integrator + ": " + detail + " (at t = " + time + ")", cause);
        this.integrator = integrator;
        this.reason = reason;
        this.detail = detail;
        this.time = time;
        this.context = context;
    }

    /**
     * @param prefix what to put before the message, e.g. {@code "patient 7 (seed 42): "}
     * @return the same failure with the prefix added to its context (this exception is the cause)
     */
    public IntegrationException withContext(String prefix) {
        return new IntegrationException(integrator, reason, detail, time, prefix + context, this);
    }

    /** @return the name of the integrator that failed */
    public String integrator() {
        return integrator;
    }

    /** @return why it failed */
    public Reason reason() {
        return reason;
    }

    /** @return what happened, without context, integrator name or time */
    public String detail() {
        return detail;
    }

    /** @return the time at which integration failed */
    public double time() {
        return time;
    }

    /** @return what callers added before the message ({@link #withContext}), or "" */
    public String context() {
        return context;
    }
}
