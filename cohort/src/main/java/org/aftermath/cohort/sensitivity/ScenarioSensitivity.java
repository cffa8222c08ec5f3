package org.aftermath.cohort.sensitivity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.cohort.sampling.Marginal;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.tmen.scenario.CorrelationSpec;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * The uncertain inputs of a scenario for a sensitivity analysis: its {@code variability:}
 * block, each input through its marginal ({@link ScenarioVariability#marginal}).
 */
public final class ScenarioSensitivity {

    private ScenarioSensitivity() { }

    /**
     * @param scenario          the scenario
     * @param refuseCorrelation true to refuse {@code correlations:} (Sobol indices assume independent
     *                          inputs), false to analyse the marginals alone
     * @return the inputs, in {@code variability:} order
     * @throws ScenarioException naming the file and field if the scenario has no variability, a
     *                           distribution is invalid, or correlations are refused
     */
    public static InputSpace inputs(Scenario scenario, boolean refuseCorrelation) {
        if (scenario.variability().isEmpty()) {
            throw new ScenarioException(scenario.source(), "variability", "a sensitivity analysis needs inputs with"
                    + " distributions; add a variability: block, e.g. 'variability: {tumor.growth.doubling_days:"
                    + " {lognormal: {median: 20, cv: 0.4}}}'");
        }
        if (refuseCorrelation && !scenario.variability().correlations().isEmpty()) {
            CorrelationSpec c = scenario.variability().correlations().get(0);
            throw new ScenarioException(scenario.source(), "correlations", "Sobol indices assume independent inputs,"
                    + " but " + c.a() + " and " + c.b() + " are correlated (rho " + c.rho() + "); remove the"
                    + " correlations to decompose the variance of the marginals, or screen with --method morris");
        }
        Map<String, Marginal> marginals = new LinkedHashMap<>();
        scenario.variability().inputs().forEach((path, d) -> {
            try {
                marginals.put(path, ScenarioVariability.marginal(d));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(scenario.source(), "variability." + path, e.getMessage());
            }
        });
        return new InputSpace(marginals);
    }
}
