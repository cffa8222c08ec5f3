package org.aftermath.tmen.scenario;

import java.util.Objects;

/**
 * The tumour at the start of the simulation.
 *
 * @param cells  initial number of viable cancer cells, finite, &gt; 0 (and below a Gompertz
 *               carrying capacity)
 * @param growth how the cells grow between doses
 */
public record Tumor(double cells, Growth growth) {

    public Tumor {
        Objects.requireNonNull(growth, "growth");
        if (!(cells > 0) || !Double.isFinite(cells)) {
            throw new IllegalArgumentException("cells must be a finite number > 0 (got " + cells + ")");
        }
        double capacity = carryingCapacity(growth);
        if (!(capacity > cells)) {
            throw new IllegalArgumentException("carrying_capacity (" + capacity + ") must exceed cells (" + cells + ")");
        }
    }

    /** @return the carrying capacity of a Gompertz law, or +infinity for unbounded laws */
    static double carryingCapacity(Growth growth) {
        if (growth instanceof Growth.Gompertz g) {
            return g.carryingCapacity();
        }
        if (growth instanceof Growth.GompertzDoubling g) {
            return g.carryingCapacity();
        }
        return Double.POSITIVE_INFINITY;
    }
}
