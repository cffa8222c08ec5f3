package org.aftermath.fit.uncertainty;

import java.io.Serializable;
import java.util.List;

/**
 * The profile likelihood of one parameter on one side of the optimum: the objective minimised over the other
 * parameters with this one held at each value, stepping away from the optimum until the objective exceeds the
 * optimum by the threshold or the bound is reached.
 *
 * @param parameter the parameter's index among the estimated ones
 * @param side      −1 (towards the lower bound) or +1
 * @param values    the parameter's values, on its scale, the optimum first
 * @param objective the profile there
 * @param crossing  where the profile crosses optimum + threshold (linear interpolation), or NaN if the bound was
 *                  reached first
 * @param lowest    the lowest objective seen along the profile (below the optimum: the fit had not converged)
 */
public record Profile(int parameter, int side, double[] values, double[] objective, double crossing,
                      double lowest) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return true when the threshold was crossed inside the bound */
    public boolean bounded() {
        return !Double.isNaN(crossing);
    }

    /**
     * A parameter's two sides combined.
     *
     * @param parameter the index
     * @param lower     the side towards the lower bound
     * @param upper     the side towards the upper bound
     */
    public record Pair(int parameter, Profile lower, Profile upper) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** @return the verdict: identifiable when both sides cross the threshold inside the bounds */
        public String verdict() {
            if (lower.bounded() && upper.bounded()) {
                return "identifiable";
            }
            return lower.bounded() || upper.bounded() ? "practically non-identifiable (one-sided)"
                    : "practically non-identifiable";
        }

        /** @return both sides' points in ascending parameter order */
        public List<double[]> points() {
            List<double[]> out = new java.util.ArrayList<>();
            for (int i = lower.values().length - 1; i >= 1; i--) {
                out.add(new double[] {lower.values()[i], lower.objective()[i]});
            }
            for (int i = 0; i < upper.values().length; i++) {
                out.add(new double[] {upper.values()[i], upper.objective()[i]});
            }
            return out;
        }
    }
}
