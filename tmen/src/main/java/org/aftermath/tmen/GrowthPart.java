package org.aftermath.tmen;

import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.Growth;
import org.aftermath.tmen.scenario.GrowthLaw;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

/**
 * What a scenario's growth law adds to its model ({@link GrowthLaw}): each key sets its
 * parameter of the growth module (a key setting a parameter the file computes at t = 0 replaces
 * the computation). A key given n &gt; 1 values, one per kill dose (a list of doubling times), adds
 * constants {@code <p>_1 .. <p>_n}, makes {@code p} variable with the initial assignment
 * {@code p = p_1}, and the k-th kill dose (k &lt;= n) also assigns {@code p = p_k}; overriding
 * {@code p_k} therefore changes the growth after the k-th dose, and the rate law keeps reading one
 * parameter.
 */
final class GrowthPart {

    private GrowthPart() { }

    /**
     * @param scenario the scenario
     * @param regimen  its doses
     * @param growth   the growth module, for the provenance of per-dose values
     * @return the growth law's contribution
     */
    static Contribution of(Scenario scenario, Regimen regimen, Model growth) {
        Contribution c = new Contribution();
        Growth g = scenario.tumor().growth();
        for (GrowthLaw.Key key : g.form().keys()) {
            c.set(key.parameter(), g.value(key.name()), "tumor.growth." + key.name(), key.range());
        }
        for (GrowthLaw.Key key : g.form().keys()) {
            if (key.perKillDose() && g.values(key.name()).size() > 1) {
                valuesPerKillDose(c, scenario, regimen, growth.parameter(key.parameter()).orElseThrow(), key);
            }
        }
        return c;
    }

    private static void valuesPerKillDose(Contribution c, Scenario scenario, Regimen regimen, Parameter base,
                                          GrowthLaw.Key key) {
        Origin origin = new Origin(scenario.source(), 0);
        List<Double> values = scenario.tumor().growth().values(key.name());
        Provenance from = base.provenance() == null ? Provenance.NONE : base.provenance();
        for (int k = 1; k <= values.size(); k++) {
            Provenance provenance = new Provenance("scenario " + scenario.source(), from.min(), from.max(),
                    key.label() + " after kill dose " + k + (k == 1 ? " and before any dose" : ""), from.domain());
            c.add(new Parameter(parameter(key, k), values.get(k - 1), base.unit(), true, provenance, origin),
                    "tumor.growth." + key.name() + "[" + (k - 1) + "]", key.range());
        }
        c.initialAssignment(new InitialAssignment(key.parameter(), Expr.ref(parameter(key, 1)), origin));
        int killDose = 0;
        for (Dose d : regimen.applied()) {
            if (scenario.treatment(d.treatment()).orElseThrow() instanceof Treatment.KillFraction) {
                killDose++;
                if (killDose <= values.size()) {
                    c.atDose(d, List.of(new EventAssignment(key.parameter(), Expr.ref(parameter(key, killDose)))));
                }
            }
        }
        if (values.size() > killDose) {
            String horizon = " after the horizon (day " + Dose.formatDay(scenario.days()) + ")";
            c.warn("tumor.growth." + key.name() + ": " + (values.size() == killDose + 1
                    ? "value " + values.size() + " is never used: the kill dose it follows falls" + horizon
                    : "values " + (killDose + 1) + ".." + values.size() + " are never used: the kill doses they follow fall" + horizon));
        }
    }

    /** @return the id of the k-th value of a list, e.g. {@code doubling_days_k} */
    static String parameter(GrowthLaw.Key key, int k) {
        return key.parameter() + "_" + k;
    }
}
