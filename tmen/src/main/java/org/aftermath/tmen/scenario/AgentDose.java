package org.aftermath.tmen.scenario;

import java.util.Objects;
import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.DoseUnit;
import org.aftermath.tmen.agents.Route;

/**
 * The agent side of a treatment: which agent, how much per dose, in which unit and by which
 * route. Resolved against the agent knowledge base when the scenario is read, so the unit and
 * route are ones the agent allows.
 *
 * @param agent         the knowledge base entry (a dosable agent), e.g. doxorubicin
 * @param dose          amount per dose (per fraction for radiation), in {@code unit}, {@link InputRange#DOSE}
 * @param unit          the dose unit
 * @param route         the route of administration
 * @param infusionHours duration of an {@link Route#IV_INFUSION} in hours ({@link InputRange#INFUSION_HOURS}); NaN for
 *                      every other route
 */
public record AgentDose(Agent agent, double dose, DoseUnit unit, Route route, double infusionHours) {

    /** The knowledge base id of ionizing radiation ({@code radiation} is its alias). */
    public static final String RADIATION = "ionizing-radiation";

    /** Infusion duration when a scenario gives none, hours (assumed; 0.5–24 h in practice). */
    public static final double DEFAULT_INFUSION_HOURS = 1.0;

    public AgentDose {
        Objects.requireNonNull(agent, "agent");
        if (!agent.dosable()) {
            throw new IllegalArgumentException(agent.id() + " is a family, not a dosable agent");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(route, "route");
        if (!InputRange.DOSE.admits(dose)) {
            throw new IllegalArgumentException("dose must be " + InputRange.DOSE.rule() + " (got " + dose + ")");
        }
        if (route == Route.IV_INFUSION) {
            if (!InputRange.INFUSION_HOURS.admits(infusionHours)) {
                throw new IllegalArgumentException("infusion_hours must be " + InputRange.INFUSION_HOURS.rule()
                        + " (got " + infusionHours + ")");
            }
        } else if (!Double.isNaN(infusionHours)) {
            throw new IllegalArgumentException("infusion_hours applies only to route iv_infusion (route is " + route + ")");
        }
    }

    /** @return the knowledge base id, e.g. {@code doxorubicin} */
    public String agentId() {
        return agent.id();
    }

    /** @return what the agent does in the model */
    public Agent.Role role() {
        return agent.role();
    }

    /** @return true for radiotherapy ({@value #RADIATION}), whose dose is Gy per fraction */
    public boolean radiation() {
        return agent.id().equals(RADIATION);
    }

    /** @return the dose as written, e.g. {@code 60 mg/m² iv_bolus} */
    public String label() {
        String amount = dose == Math.rint(dose) && Math.abs(dose) < 1e15 ? Long.toString((long) dose) : Double.toString(dose);
        String how = route == Route.IV_INFUSION ? route + " " + formatHours(infusionHours) + " h" : route.toString();
        return amount + " " + unit + " " + how;
    }

    private static String formatHours(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }
}
