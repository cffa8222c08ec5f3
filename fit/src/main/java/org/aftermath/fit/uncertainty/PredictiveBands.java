package org.aftermath.fit.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftermath.cohort.run.Quantiles;
import org.aftermath.fit.objective.Objective;

/**
 * Posterior predictive bands: each observable of each experiment simulated on a time grid for posterior draws
 * (evenly spaced through the pooled chains), and at every time the median and the central interval over the draws
 * (Hyndman–Fan type 7 quantiles). The bands show the parameters' uncertainty in the model's prediction; measurement
 * noise is not added.
 */
public final class PredictiveBands {

    /**
     * One band.
     *
     * @param experiment the experiment's label
     * @param observable the observable
     * @param times      the grid
     * @param lower      the lower quantile per time
     * @param median     the median per time
     * @param upper      the upper quantile per time
     * @param draws      how many draws simulated successfully
     */
    public record Band(String experiment, String observable, double[] times, double[] lower, double[] median,
                       double[] upper, int draws) { }

    private PredictiveBands() {
    }

    /**
     * @param objective the problem's objective
     * @param sample    the posterior sample
     * @param draws     how many draws to simulate (at most the sample's size)
     * @param points    grid points per experiment
     * @param level     the central interval's probability, e.g. 0.95
     * @return one band per experiment and observable (those of {@link Objective#curves})
     */
    public static List<Band> of(Objective objective, Sample sample, int draws, int points, double level) {
        double[][] all = sample.all();
        int n = Math.min(draws, all.length);
        List<List<Objective.Curve>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = all[(int) ((long) i * all.length / n)];
            List<Objective.Curve> curves = objective.curves(x, points);
            if (!curves.isEmpty()) {
                runs.add(curves);
            }
        }
        List<Band> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        double tail = (1 - level) / 2;
        List<Objective.Curve> first = runs.get(0);
        for (int c = 0; c < first.size(); c++) {
            Objective.Curve shape = first.get(c);
            int len = shape.times().length;
            double[] lo = new double[len];
            double[] mid = new double[len];
            double[] hi = new double[len];
            int used = 0;
            for (int t = 0; t < len; t++) {
                double[] v = new double[runs.size()];
                int k = 0;
                for (List<Objective.Curve> run : runs) {
                    if (run.size() == first.size() && Double.isFinite(run.get(c).values()[t])) {
                        v[k++] = run.get(c).values()[t];
                    }
                }
                v = Arrays.copyOf(v, k);
                Arrays.sort(v);
                used = Math.max(used, k);
                lo[t] = k == 0 ? Double.NaN : Quantiles.ofSorted(v, tail);
                mid[t] = k == 0 ? Double.NaN : Quantiles.ofSorted(v, 0.5);
                hi[t] = k == 0 ? Double.NaN : Quantiles.ofSorted(v, 1 - tail);
            }
            out.add(new Band(shape.experiment(), shape.observable(), shape.times(), lo, mid, hi, used));
        }
        return out;
    }
}
