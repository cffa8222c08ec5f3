package org.aftermath.tmen.agents;

import java.util.Objects;

/**
 * A dosable agent with the unit and route a dose is given in, both among those the agent allows.
 *
 * @param agent a dosable agent
 * @param unit  one of {@code agent.doseUnits()}
 * @param route one of {@code agent.routes()}
 */
public record AgentDosing(Agent agent, DoseUnit unit, Route route) {

    /** @throws IllegalArgumentException if the agent is a family or does not allow the unit or route */
    public AgentDosing {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(route, "route");
        if (!agent.dosable()) {
            throw new IllegalArgumentException(agent.id() + " is a family, not a dosable agent");
        }
        if (!agent.doseUnits().contains(unit)) {
            throw new IllegalArgumentException(agent.id() + " is not dosed in " + unit);
        }
        if (!agent.routes().contains(route)) {
            throw new IllegalArgumentException(agent.id() + " is not given by route " + route);
        }
    }
}
