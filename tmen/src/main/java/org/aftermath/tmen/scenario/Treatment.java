package org.aftermath.tmen.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A treatment given on a schedule, of one of two kinds:
 * <ul>
 *   <li>a <b>kill fraction</b>: each dose kills {@code killFraction} of all living cancer cells
 *       instantly, whatever the tumour size (Skipper's log-kill; LITERATURE.md §1.2);
 *       {@code agent} is null;</li>
 *   <li>an <b>agent</b> dose ({@link AgentDose}): drug exposure through pharmacokinetics and an
 *       exposure-driven, growth-proportional kill, or a radiotherapy fraction;
 *       {@code killFraction} is NaN.</li>
 * </ul>
 *
 * @param name         unique within a scenario, {@link #NAME}; model ids derived from it are
 *                     sanitised by {@code org.aftermath.tmen.therapy.ModelIds}
 * @param killFraction fraction of cancer cells killed per dose, in [0, 1), or NaN for an agent
 * @param schedule     the dose days
 * @param agent        the agent dose, or null for a kill-fraction treatment
 */
public record Treatment(String name, double killFraction, Schedule schedule, AgentDose agent) {

    /** Letters, digits, '.', '_' or '-', 1 to 100 of them (an agent id such as {@code anti-wnt16b} qualifies). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** A kill-fraction treatment. */
    public Treatment(String name, double killFraction, Schedule schedule) {
        this(name, killFraction, schedule, null);
    }

    public Treatment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("treatment name must be 1 to 100 letters, digits, '.', '_' or '-' (got '" + name + "')");
        }
        if (agent == null && !(killFraction >= 0 && killFraction < 1)) {
            throw new IllegalArgumentException("kill_fraction must be in [0, 1) (got " + killFraction + ")");
        }
        if (agent != null && !Double.isNaN(killFraction)) {
            throw new IllegalArgumentException("a treatment has either kill_fraction or agent, not both");
        }
    }

    /** @return an agent treatment */
    public static Treatment ofAgent(String name, AgentDose agent, Schedule schedule) {
        return new Treatment(name, Double.NaN, schedule, Objects.requireNonNull(agent, "agent"));
    }

    /** @return true for a kill-fraction treatment */
    public boolean killsByFraction() {
        return agent == null;
    }

    /** @return the surviving fraction per dose, {@code 1 - killFraction}, in (0, 1]; NaN for an agent */
    public double survivingFraction() {
        return 1 - killFraction;
    }
}
