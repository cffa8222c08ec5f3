package org.aftermath.cohort.sensitivity;

/**
 * Sobol indices of one input.
 *
 * @param name       input name
 * @param firstOrder first-order index S_i (Saltelli 2010 estimator) with its confidence interval
 * @param total      total index S_Ti (Jansen 1999 estimator) with its confidence interval
 */
public record SobolIndex(String name, Estimate firstOrder, Estimate total) {

    /**
     * Signs that the sample was too small for these estimates: a first-order index above the total
     * one (impossible for the true indices, S_i &le; S_Ti) and intervals reaching outside [0, 1] (where
     * the true indices lie).
     *
     * @return one phrase per sign, e.g. {@code "S1 > ST"}; empty when none shows
     */
    public java.util.List<String> doubts() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (firstOrder.value() > total.value()) {
            out.add("S1 > ST");
        }
        if (firstOrder.lower() < 0 || firstOrder.upper() > 1) {
            out.add("S1 interval outside [0, 1]");
        }
        if (total.lower() < 0 || total.upper() > 1) {
            out.add("ST interval outside [0, 1]");
        }
        return out;
    }
}
