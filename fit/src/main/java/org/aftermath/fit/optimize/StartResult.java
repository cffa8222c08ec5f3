package org.aftermath.fit.optimize;

import java.io.Serializable;

/**
 * One start of a multistart optimisation.
 *
 * @param index       the start's index
 * @param start       where it began (estimation scales)
 * @param x           where it ended
 * @param value       the objective there (+∞ when the start could not be evaluated)
 * @param iterations  iterations of the local optimiser
 * @param evaluations objective evaluations
 * @param exit        why it stopped
 */
public record StartResult(int index, double[] start, double[] x, double value, int iterations, int evaluations,
                          String exit) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return true when the value is finite */
    public boolean ok() {
        return Double.isFinite(value);
    }
}
