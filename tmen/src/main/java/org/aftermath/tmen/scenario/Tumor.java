package org.aftermath.tmen.scenario;

import java.util.Objects;

/**
 * The tumour at the start of the simulation.
 *
 * @param cells  initial number of viable cancer cells, {@link InputRange#CELLS} (and below the carrying
 *               capacity of a bounded law)
 * @param growth how the cells grow between doses
 */
public record Tumor(double cells, Growth growth) {

    public Tumor {
        Objects.requireNonNull(growth, "growth");
        if (!InputRange.CELLS.admits(cells)) {
            throw new IllegalArgumentException("cells must be " + InputRange.CELLS.rule() + " (got " + cells + ")");
        }
        double capacity = growth.carryingCapacity();
        if (!(capacity > cells)) {
            throw new IllegalArgumentException("carrying_capacity (" + capacity + ") must exceed cells (" + cells + ")");
        }
    }
}
