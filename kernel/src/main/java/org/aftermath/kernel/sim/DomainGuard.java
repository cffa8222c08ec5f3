package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.Species;
import org.aftermath.ode.DenseStep;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.Tolerances;

/**
 * Asserts while a model runs that every species whose model file writes a domain
 * ({@code //@ domain: [0, inf)}: the cell populations and concentrations of the bundled model)
 * keeps it: at the start, at the end of every accepted step and after every event. A species
 * may leave its domain by the solver's tolerance, {@code atol_i + rtol × (the largest magnitude
 * it has had so far)} — the error the integrator allows itself at that scale; beyond that the
 * run stops with an {@link IntegrationException} ({@link IntegrationException.Reason#LEFT_DOMAIN})
 * naming the first offending species, its value and the day. Species without a written domain
 * (every species of an imported SBML model) are not checked. One guard per run.
 */
public final class DomainGuard implements SimulationObserver {
    private final String integrator;
    private final List<Species> species;
    private final int[] slots;
    private final double[] absolute;
    private final double relative;
    private final double[] peak;
    private double[] y = new double[0];

    /**
     * @param model          the compiled model; its {@link CompiledModel#model()} says which species have a domain
     * @param integrator     the integrator's name, for the failure
     * @param tolerances     the run's tolerances
     * @param absoluteScales per state slot, the factor on the absolute tolerance the integrator uses, or null for 1
     */
    public DomainGuard(CompiledModel model, String integrator, Tolerances tolerances, double[] absoluteScales) {
        this.integrator = integrator;
        List<Species> guarded = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Species s : model.model().species()) {
            int slot = model.stateIndex(s.id());
            if (s.domain() != null && slot >= 0) {
                guarded.add(s);
                at.add(slot);
            }
        }
        this.species = List.copyOf(guarded);
        this.slots = at.stream().mapToInt(Integer::intValue).toArray();
        this.absolute = new double[slots.length];
        for (int i = 0; i < slots.length; i++) {
            absolute[i] = tolerances.absolute() * (absoluteScales == null ? 1 : absoluteScales[slots[i]]);
        }
        this.relative = tolerances.relative();
        this.peak = new double[slots.length];
    }

    /** @return the ids of the species this guard checks, in model order */
    public List<String> guarded() {
        return species.stream().map(Species::id).toList();
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y0, double[] p) {
        y = new double[y0.length];
        check(t0, y0);
    }

    @Override
    public void step(DenseStep step, double[] p) {
        step.interpolate(step.end(), y);
        int offending = offending(y);
        if (offending < 0) {
            update(y);
            return;
        }
        // the first day it is beyond the tolerance, within the step: bisection on the dense output
        double[] at = new double[y.length];
        double good = step.start();
        double bad = step.end();
        for (int k = 0; k < 60 && bad - good > Math.ulp(bad); k++) {
            double mid = 0.5 * (good + bad);
            step.interpolate(mid, at);
            if (offending(at) >= 0) {
                bad = mid;
            } else {
                good = mid;
            }
        }
        step.interpolate(bad, at);
        fail(bad, at, Math.max(offending(at), 0));
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore, double[] yAfter, double[] pAfter) {
        check(t, yAfter);
    }

    private void check(double t, double[] state) {
        int offending = offending(state);
        if (offending >= 0) {
            fail(t, state, offending);
        }
        update(state);
    }

    /** @return the first guarded species (index into {@link #slots}) outside its domain beyond the tolerance, or -1 */
    private int offending(double[] state) {
        for (int i = 0; i < slots.length; i++) {
            double v = state[slots[i]];
            Domain d = species.get(i).domain();
            double slack = slack(i);
            if (v < d.lower() - slack || v > d.upper() + slack) {
                return i;
            }
        }
        return -1;
    }

    private double slack(int i) {
        return absolute[i] + relative * peak[i];
    }

    private void update(double[] state) {
        for (int i = 0; i < slots.length; i++) {
            peak[i] = Math.max(peak[i], Math.abs(state[slots[i]]));
        }
    }

    private void fail(double t, double[] state, int i) {
        Species s = species.get(i);
        String unit = s.unit() == null ? "" : " " + s.unit();
        throw new IntegrationException(integrator, IntegrationException.Reason.LEFT_DOMAIN, "species " + s.id() + " = "
                + shown(state[slots[i]]) + unit + " on day " + shown(t) + " left its domain " + s.domain()
                + " by more than the solver's tolerance (" + shown(slack(i)) + unit + ": atol " + shown(absolute[i])
                + " + rtol " + shown(relative) + " x its largest magnitude so far, " + shown(peak[i]) + ")", t);
    }

    private static String shown(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }
}
