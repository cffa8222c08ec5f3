package org.aftermath.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.StepSearch;
import org.aftermath.ode.DenseStep;

/**
 * Peak and integral of observables over a run from the exact trajectory: the integral by
 * {@link StepQuadrature} on every step, the peak from the initial state, the state after every
 * event and {@link StepSearch#maximum} in every step. Used for the secreted factors (every
 * observable {@code F} with an observable {@code F_fold_change} and a parameter {@code F_base})
 * and for the modulators' inhibition observables.
 */
final class FactorTracker implements SimulationObserver {

    /** Suffix of a factor's fold-change observable. */
    static final String FOLD_CHANGE = "_fold_change";
    /** Suffix of a factor's baseline parameter. */
    static final String BASE = "_base";

    private final List<String> fixed;
    private final double[] from;
    private List<String> names;
    private CompiledModel model;
    private int[] index;
    private double[] state;
    private double[] values;
    private double[] sums;
    private double[] best;
    private int[] bestSample;
    private Observable[] observables;
    private double[] integral;
    private double[] peak;
    private double[] peakDay;
    private double[] baseline;

    /**
     * @param names observables to track, or null to track the model's factors
     * @param from  per name, the day integration starts (null: day 0 for all)
     */
    FactorTracker(List<String> names, double[] from) {
        this.fixed = names;
        this.from = from;
    }

    /** @return the factor ids of a compiled model, in observable order */
    static List<String> factorIds(CompiledModel model) {
        List<String> ids = new ArrayList<>();
        for (String name : model.observableNames()) {
            if (model.observableIndex(name + FOLD_CHANGE) >= 0 && model.parameterIndex(name + BASE) >= 0) {
                ids.add(name);
            }
        }
        return ids;
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        names = fixed == null ? factorIds(model) : fixed;
        int n = names.size();
        this.model = model;
        index = new int[n];
        state = new double[y.length];
        values = new double[model.observableNames().size()];
        sums = new double[n];
        best = new double[n];
        bestSample = new int[n];
        observables = new Observable[n];
        integral = new double[n];
        peak = new double[n];
        peakDay = new double[n];
        baseline = new double[n];
        for (int i = 0; i < n; i++) {
            observables[i] = new Observable(model, names.get(i));
            index[i] = model.observableIndex(names.get(i));
            int base = model.parameterIndex(names.get(i) + BASE);
            baseline[i] = base >= 0 ? p[base] : Double.NaN;
            peak[i] = Double.NEGATIVE_INFINITY;
            offer(i, t0, observables[i].value(t0, y, p));
        }
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore, double[] yAfter, double[] pAfter) {
        for (int i = 0; i < names.size(); i++) {
            offer(i, t, observables[i].value(t, yAfter, pAfter));
        }
    }

    /**
     * Evaluates every observable once per sample time and shares the samples between the tracked
     * observables: Gauss-Legendre nodes for the integrals, {@value StepSearch#SAMPLES} + 1 equally
     * spaced times for the peaks; a peak is refined ({@link StepSearch#maximum} around the best
     * sample) only where it could raise the running peak.
     */
    @Override
    public void step(DenseStep s, double[] p) {
        int n = names.size();
        double a = s.start();
        double b = s.end();
        double half = (b - a) / 2;
        double mid = (a + b) / 2;
        java.util.Arrays.fill(sums, 0);
        for (int k = 0; k < StepQuadrature.NODES.length; k++) {
            evaluate(s, mid + half * StepQuadrature.NODES[k], p);
            for (int i = 0; i < n; i++) {
                sums[i] += StepQuadrature.WEIGHTS[k] * values[index[i]];
            }
        }
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int j = 0; j <= StepSearch.SAMPLES; j++) {
            evaluate(s, StepSearch.sampleTime(a, b, j), p);
            for (int i = 0; i < n; i++) {
                if (values[index[i]] > best[i]) {
                    best[i] = values[index[i]];
                    bestSample[i] = j;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (from != null && b <= from[i]) {
                continue;
            }
            integral[i] += half * sums[i];
            int j = bestSample[i];
            if (best[i] > peak[i] && j > 0 && j < StepSearch.SAMPLES) {
                Observable c = observables[i];
                StepSearch.Point top = StepSearch.maximum(StepSearch.sampleTime(a, b, j - 1), StepSearch.sampleTime(a, b, j + 1),
                        t -> c.value(s, t, p));
                if (top.value() >= best[i]) {
                    offer(i, top.t(), top.value());
                } else {
                    offer(i, StepSearch.sampleTime(a, b, j), best[i]);
                }
            } else {
                offer(i, StepSearch.sampleTime(a, b, j), best[i]);
            }
        }
    }

    private void evaluate(DenseStep s, double t, double[] p) {
        s.interpolate(t, state);
        model.observables(t, state, p, values);
    }

    private void offer(int i, double t, double v) {
        if ((from == null || t >= from[i]) && v > peak[i]) {
            peak[i] = v;
            peakDay[i] = t;
        }
    }

    double peak(int i) {
        return peak[i];
    }

    double peakDay(int i) {
        return peakDay[i];
    }

    double integral(int i) {
        return integral[i];
    }

    /** @return per factor id, its summary over a run of {@code horizon} days */
    Map<String, FactorSummary> factors(double horizon) {
        Map<String, FactorSummary> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), new FactorSummary(baseline[i], peak[i], peak[i] / baseline[i], integral[i],
                    integral[i] - baseline[i] * horizon));
        }
        return out;
    }
}
