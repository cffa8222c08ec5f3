package org.aftermath.runner;

import java.util.Arrays;
import java.util.List;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.tmen.therapy.DosedAgent;
import org.aftermath.tmen.therapy.PkModule;

/**
 * Per-state multipliers of the absolute tolerance that measure each agent's drug amounts in units
 * of its own dose ({@link RunOptions#pkScaledTolerance()}): every state of an agent's PK module
 * instance (ids {@code <agent>_...}: depot, central, peripheral compartments, mg or IU) gets the
 * agent's largest dose amount, the largest jump one of its dose events gives one of those states
 * (an iv bolus adds the amount to the central compartment, an oral, ip or sc dose bioavailability
 * × amount to the depot), and at least 1; every other state gets 1. An agent given by infusion
 * only (its events change a rate parameter, not a state) keeps 1.
 *
 * <p>So at the {@link RunOptions#COHORT} absolute tolerance of 1e-3, a 1,000 mg oral dose is
 * resolved to 1 mg (0.1% of the dose) where the amount has decayed, instead of 1 µg; near the
 * peak the relative tolerance governs either way.
 */
final class PkToleranceScales {

    private PkToleranceScales() { }

    /**
     * @param agents the scenario's dosed agents
     * @param model  the compiled scenario model, run with its default parameters
     * @return one multiplier ≥ 1 per state slot of {@code model}
     */
    static double[] of(List<DosedAgent> agents, CompiledModel model) {
        int n = model.stateNames().size();
        double[] scales = new double[n];
        Arrays.fill(scales, 1);
        double[] p0 = model.defaultParameters();
        double[] y0 = new double[n];
        model.initialize(p0, y0);
        double[] jump = new double[n];
        for (CompiledEvent e : model.events()) {
            double[] y = y0.clone();
            e.apply(e.triggerTime(p0), y, p0.clone());
            for (int i = 0; i < n; i++) {
                jump[i] = Math.max(jump[i], Math.abs(y[i] - y0[i]));
            }
        }
        for (DosedAgent agent : agents) {
            String prefix = agent.plasma().substring(0, agent.plasma().length() - PkModule.PLASMA.length());
            double largest = 1;
            for (int i = 0; i < n; i++) {
                if (model.stateNames().get(i).startsWith(prefix)) {
                    largest = Math.max(largest, jump[i]);
                }
            }
            for (int i = 0; i < n; i++) {
                if (model.stateNames().get(i).startsWith(prefix)) {
                    scales[i] = largest;
                }
            }
        }
        return scales;
    }
}
