package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A treatment given on a schedule, of one of two kinds: a {@link KillFraction} or an
 * {@link AgentTreatment}.
 */
public sealed interface Treatment permits Treatment.KillFraction, Treatment.AgentTreatment {

    /** Letters, digits, '.', '_' or '-', 1 to 100 of them (an agent id such as {@code anti-wnt16b} qualifies). */
    Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /**
     * @return unique within a scenario, {@link #NAME}; model ids derived from it are sanitised by
     *         {@code org.aftermath.tmen.therapy.ModelIds}
     */
    String name();

    /** @return the dose days */
    Schedule schedule();

    /** @return this treatment on another schedule */
    Treatment withSchedule(Schedule schedule);

    /**
     * @return the treatment's own numeric keys ({@code kill_fraction}; {@code dose} and, for an
     *         infusion, {@code infusion_hours}); each sets the model parameter
     *         {@code <id>_<key>}, {@code id} the name made an identifier by
     *         {@code org.aftermath.tmen.therapy.ModelIds}
     */
    List<? extends InputKey<?>> ownKeys();

    /** @return the numeric keys of the treatment and then of its schedule form ({@link ScenarioInputs}) */
    default List<InputKey<?>> keys() {
        List<InputKey<?>> keys = new ArrayList<>(ownKeys());
        keys.addAll(schedule().keys());
        return keys;
    }

    /** @return the value of a key of {@link #keys()}: NaN for an optional key not given, 1 for a multiplier */
    default double value(String key) {
        return InputKey.has(ownKeys(), key) ? InputKey.valueOf(this, ownKeys(), key) : schedule().value(key);
    }

    /** @return this treatment with a key of {@link #keys()} set */
    default Treatment with(String key, double value) {
        return InputKey.has(ownKeys(), key) ? (Treatment) InputKey.withOf(this, ownKeys(), key, value)
                : withSchedule(schedule().with(key, value));
    }

    /**
     * @return true if the treatment acts on the cancer cells directly (a kill fraction, or an
     *         agent whose {@link org.aftermath.tmen.agents.Agent.Role} is cytotoxic): its doses start
     *         a proliferation lag and are the restaging points of response assessment
     */
    boolean cytotoxic();

    /**
     * Each dose kills {@code fraction} of all living cancer cells instantly, whatever the tumour
     * size (Skipper's log-kill; LITERATURE.md §1.2).
     *
     * @param name     see {@link Treatment#name()}
     * @param fraction fraction of cancer cells killed per dose, in [0, 1)
     * @param schedule the dose days
     */
    record KillFraction(String name, double fraction, Schedule schedule) implements Treatment {

        static final List<InputKey<KillFraction>> KEYS = List.of(InputKey.of("kill_fraction", InputRange.FRACTION,
                KillFraction::fraction, (t, v) -> new KillFraction(t.name, v, t.schedule)));

        public KillFraction {
            requireName(name, schedule);
            if (!(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException("kill_fraction must be in [0, 1) (got " + fraction + ")");
            }
        }

        /** @return the surviving fraction per dose, {@code 1 - fraction}, in (0, 1] */
        public double survivingFraction() {
            return 1 - fraction;
        }

        @Override
        public KillFraction withSchedule(Schedule schedule) {
            return new KillFraction(name, fraction, schedule);
        }

        @Override
        public boolean cytotoxic() {
            return true;
        }

        @Override
        public List<InputKey<KillFraction>> ownKeys() {
            return KEYS;
        }
    }

    /**
     * An agent dose ({@link AgentDose}): drug exposure through pharmacokinetics and, for
     * cytotoxic agents, an exposure-driven, growth-proportional kill; or a radiotherapy fraction.
     *
     * @param name     see {@link Treatment#name()}
     * @param agent    what each dose gives
     * @param schedule the dose days
     */
    record AgentTreatment(String name, AgentDose agent, Schedule schedule) implements Treatment {

        static final List<InputKey<AgentTreatment>> KEYS = List.of(
                InputKey.of("dose", InputRange.DOSE, t -> t.agent.dose(), (t, v) -> t.withAgent(new AgentDose(
                        t.agent.agent(), v, t.agent.unit(), t.agent.route(), t.agent.infusionHours()))),
                InputKey.of("infusion_hours", InputRange.INFUSION_HOURS, t -> t.agent.infusionHours(), (t, v) -> t.withAgent(
                        new AgentDose(t.agent.agent(), t.agent.dose(), t.agent.unit(), t.agent.route(), v))));

        public AgentTreatment {
            requireName(name, schedule);
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public AgentTreatment withSchedule(Schedule schedule) {
            return new AgentTreatment(name, agent, schedule);
        }

        /** @return this treatment with another dose */
        public AgentTreatment withAgent(AgentDose agent) {
            return new AgentTreatment(name, agent, schedule);
        }

        @Override
        public boolean cytotoxic() {
            return agent.role().cytotoxic();
        }

        /** @return {@code dose}, and {@code infusion_hours} for an infusion */
        @Override
        public List<InputKey<AgentTreatment>> ownKeys() {
            return Double.isNaN(agent.infusionHours()) ? KEYS.subList(0, 1) : KEYS;
        }
    }

    private static void requireName(String name, Schedule schedule) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("treatment name must be 1 to 100 letters, digits, '.', '_' or '-' (got '" + name + "')");
        }
    }
}
