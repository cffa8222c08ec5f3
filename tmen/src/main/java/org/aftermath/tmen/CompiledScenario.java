package org.aftermath.tmen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.microenvironment.Modulation;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.DoseTable;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;
import org.aftermath.tmen.therapy.DosedAgent;
import org.aftermath.tmen.therapy.ModelIds;
import org.aftermath.tmen.therapy.Radiotherapy;
import org.aftermath.tmen.therapy.TherapyModel;

/**
 * A scenario compiled to a kernel model, ready to simulate from t = 0 to {@code days}.
 *
 * @param scenario   the scenario as read
 * @param model      the full model: growth module, scenario values and overrides, one event per
 *                   applied dose (listed in application order)
 * @param days       the horizon in days
 * @param doses      applied doses in application order; {@link Dose#eventId()} names each event
 * @param skipped    doses after the horizon, not in the model
 * @param warnings   one line each, for the user (skipped doses, unused doubling times)
 * @param parameters every parameter value the run starts from and what set it, in model order;
 *                   parameters computed at t = 0 by an initial assignment are not listed (the
 *                   values they are computed from are)
 * @param agents     agents with pharmacokinetics and their plasma observables, see
 *                   {@link TherapyModel}
 * @param radiotherapy the radiotherapy course, or null
 * @param modulators dosed modulators and the microenvironment ports they drive (empty without
 *                   the microenvironment modules)
 * @param rangeWarnings one line per parameter set outside its plausible range (by a scenario key,
 *                   {@code parameters:} or {@code --param}) and per varied parameter whose
 *                   distribution draws outside it, for stderr and the run manifest; not in
 *                   {@code warnings}, which the summary records
 */
public record CompiledScenario(Scenario scenario, Model model, double days, List<Dose> doses,
                               List<Dose> skipped, List<String> warnings, List<ParameterValue> parameters,
                               List<DosedAgent> agents, Radiotherapy radiotherapy, List<Modulation> modulators,
                               List<String> rangeWarnings) {

    /** A compiled scenario without agent treatments. */
    public CompiledScenario(Scenario scenario, Model model, double days, List<Dose> doses,
                            List<Dose> skipped, List<String> warnings, List<ParameterValue> parameters) {
        this(scenario, model, days, doses, skipped, warnings, parameters, List.of(), null);
    }

    /** A compiled scenario without modulators. */
    public CompiledScenario(Scenario scenario, Model model, double days, List<Dose> doses,
                            List<Dose> skipped, List<String> warnings, List<ParameterValue> parameters,
                            List<DosedAgent> agents, Radiotherapy radiotherapy) {
        this(scenario, model, days, doses, skipped, warnings, parameters, agents, radiotherapy, List.of(), List.of());
    }

    public CompiledScenario {
        agents = List.copyOf(agents);
        modulators = List.copyOf(modulators);
        rangeWarnings = List.copyOf(rangeWarnings);
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        doses = List.copyOf(doses);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        parameters = List.copyOf(parameters);
    }

    /** @return the id of the model parameter holding a treatment's kill fraction, {@code <ModelIds.of(name)>_kill_fraction} */
    public static String killFractionParameter(String treatment) {
        return ModelIds.of(treatment) + "_kill_fraction";
    }

    /** @return the value of a listed parameter */
    public double parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no listed parameter " + name))
                .value();
    }

    /**
     * @return each kill-fraction treatment's kill fraction in effect (after overrides), in
     *         declaration order; agent treatments are not listed
     */
    public Map<String, Double> killFractions() {
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (Treatment t : scenario.treatments()) {
            if (t instanceof Treatment.KillFraction) {
                fractions.put(t.name(), parameter(killFractionParameter(t.name())));
            }
        }
        return fractions;
    }

    /**
     * @return the dose table for {@code --dry-run}, see {@link DoseTable}: a kill-fraction column
     *         when every treatment is one, else a "per dose" column with the agent, amount, unit
     *         and route of agent doses
     */
    public String doseTable() {
        Regimen regimen = new Regimen(days, doses, skipped, List.of());
        if (scenario.treatments().stream().allMatch(t -> t instanceof Treatment.KillFraction)) {
            return DoseTable.format(regimen, killFractions());
        }
        return DoseTable.formatPerDose(regimen, perDose());
    }

    /**
     * @return what each treatment gives per dose, by treatment name in declaration order: {@code kill
     *         fraction 0.9} (the value used, after overrides), or the agent and its dose as written, e.g.
     *         {@code doxorubicin 60 mg/m² iv_bolus}
     */
    public Map<String, String> perDose() {
        Map<String, String> perDose = new LinkedHashMap<>();
        Map<String, Double> kills = killFractions();
        for (Treatment t : scenario.treatments()) {
            perDose.put(t.name(), t instanceof Treatment.AgentTreatment a ? a.agent().agentId() + " " + a.agent().label()
                    : "kill fraction " + kills.get(t.name()));
        }
        return perDose;
    }
}
