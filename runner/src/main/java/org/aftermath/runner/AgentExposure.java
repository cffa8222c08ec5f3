package org.aftermath.runner;

import java.util.List;

/**
 * Plasma exposure to one dosed agent, from the exact trajectory.
 *
 * @param agent             knowledge base id
 * @param observable        the plasma concentration column, {@code <id>_plasma}
 * @param concentrationUnit unit of {@code cmax}, e.g. {@code mg/L}
 * @param aucUnit           unit of {@code auc}, e.g. {@code mg/L·day}
 * @param sourced           true if the agent's PK parameters are sourced, false for the generic
 *                          ("assumed") model
 * @param doses             one entry per dosing window, in time order
 */
public record AgentExposure(String agent, String observable, String concentrationUnit, String aucUnit,
                            boolean sourced, List<DoseExposure> doses) {
    public AgentExposure {
        doses = List.copyOf(doses);
    }
}
