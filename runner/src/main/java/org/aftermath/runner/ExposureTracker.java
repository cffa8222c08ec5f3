package org.aftermath.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.StepSearch;
import org.aftermath.ode.DenseStep;
import org.aftermath.tmen.therapy.DosedAgent;

/**
 * Per-dose plasma exposure of every dosed agent from the exact trajectory: the window of a dose
 * runs from its day to the agent's next dose day (or the horizon). Dose days are event times, so
 * integration steps never straddle a window boundary.
 *
 * <ul>
 *   <li>AUC: {@link StepQuadrature} on every step.</li>
 *   <li>Cmax: the state just after each event, and in every step the maximum found by
 *       {@link StepSearch#maximum} (samples refined by Brent's method, as
 *       {@code kernel.sim.NadirTracker} does for minima).</li>
 * </ul>
 */
final class ExposureTracker implements SimulationObserver {

    private final List<DosedAgent> agents;
    private final double horizon;
    private Observable[] plasma;
    private double[][] auc;
    private double[][] cmax;
    private double[][] cmaxDay;

    ExposureTracker(List<DosedAgent> agents, double horizon) {
        this.agents = List.copyOf(agents);
        this.horizon = horizon;
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        plasma = new Observable[agents.size()];
        auc = new double[agents.size()][];
        cmax = new double[agents.size()][];
        cmaxDay = new double[agents.size()][];
        for (int a = 0; a < agents.size(); a++) {
            int n = agents.get(a).doseDays().size();
            plasma[a] = new Observable(model, agents.get(a).plasma());
            auc[a] = new double[n];
            cmax[a] = new double[n];
            cmaxDay[a] = new double[n];
            Arrays.fill(cmax[a], Double.NEGATIVE_INFINITY);
        }
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore, double[] yAfter, double[] pAfter) {
        for (int a = 0; a < agents.size(); a++) {
            int w = window(a, t);
            if (w >= 0) {
                offer(a, w, t, plasma[a].value(t, yAfter, pAfter));
            }
        }
    }

    @Override
    public void step(DenseStep s, double[] p) {
        double start = s.start();
        for (int a = 0; a < agents.size(); a++) {
            int w = window(a, start);
            if (w < 0) {
                continue;
            }
            Observable c = plasma[a];
            auc[a][w] += StepQuadrature.integral(s, c, p);
            maximum(a, w, s, p, c);
        }
    }

    private void maximum(int a, int w, DenseStep s, double[] p, Observable c) {
        StepSearch.Point peak = StepSearch.maximum(s.start(), s.end(), t -> c.value(s, t, p));
        offer(a, w, peak.t(), peak.value());
    }

    private void offer(int a, int w, double t, double v) {
        if (v > cmax[a][w]) {
            cmax[a][w] = v;
            cmaxDay[a][w] = t;
        }
    }

    /** @return the index of the window containing t (the last dose day &lt;= t), or -1 before the first dose */
    private int window(int a, double t) {
        List<Double> days = agents.get(a).doseDays();
        int w = -1;
        for (int k = 0; k < days.size() && days.get(k) <= t; k++) {
            w = k;
        }
        return w;
    }

    /** @return the exposure of every agent, in the agents' order */
    List<AgentExposure> exposures() {
        List<AgentExposure> out = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            DosedAgent agent = agents.get(a);
            List<DoseExposure> doses = new ArrayList<>();
            for (int w = 0; w < agent.doseDays().size(); w++) {
                double endDay = w + 1 < agent.doseDays().size() ? agent.doseDays().get(w + 1) : horizon;
                doses.add(new DoseExposure(agent.doseDays().get(w), endDay, cmax[a][w], cmaxDay[a][w], auc[a][w]));
            }
            out.add(new AgentExposure(agent.agentId(), agent.plasma(), agent.unit(), agent.unit() + "·day",
                    agent.sourced(), doses));
        }
        return out;
    }
}
