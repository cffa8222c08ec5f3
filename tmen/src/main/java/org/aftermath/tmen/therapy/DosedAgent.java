package org.aftermath.tmen.therapy;

import java.util.List;
import java.util.Objects;

/**
 * An agent with pharmacokinetics in a compiled scenario: its plasma observable and when it was
 * dosed (all treatments of the agent together: one body, one set of compartments).
 *
 * @param agentId  knowledge base id
 * @param plasma   the observable of its plasma concentration, {@code <id>_plasma}
 * @param unit     the observable's unit: {@value PkModule#PLASMA_UNIT}, or IU/L for agents dosed in IU
 * @param sourced  true if the agent has its own sourced module file, false for the generic one
 * @param doseDays days of its applied doses, ascending, distinct
 */
public record DosedAgent(String agentId, String plasma, String unit, boolean sourced, List<Double> doseDays) {
    public DosedAgent {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(plasma, "plasma");
        doseDays = List.copyOf(doseDays);
    }
}
