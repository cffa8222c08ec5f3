package org.aftermath.tmen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.DoseTable;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

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
 */
public record CompiledScenario(Scenario scenario, Model model, double days, List<Dose> doses,
                               List<Dose> skipped, List<String> warnings, List<ParameterValue> parameters) {

    public CompiledScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        doses = List.copyOf(doses);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        parameters = List.copyOf(parameters);
    }

    /** @return the id of the model parameter holding a treatment's kill fraction */
    public static String killFractionParameter(String treatment) {
        return treatment + "_kill_fraction";
    }

    /** @return the value of a listed parameter */
    public double parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no listed parameter " + name))
                .value();
    }

    /** @return each treatment's kill fraction in effect (after overrides), in declaration order */
    public Map<String, Double> killFractions() {
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (Treatment t : scenario.treatments()) {
            fractions.put(t.name(), parameter(killFractionParameter(t.name())));
        }
        return fractions;
    }

    /** @return the dose table for {@code --dry-run}, see {@link DoseTable} */
    public String doseTable() {
        return DoseTable.format(new Regimen(days, doses, skipped, List.of()), killFractions());
    }
}
