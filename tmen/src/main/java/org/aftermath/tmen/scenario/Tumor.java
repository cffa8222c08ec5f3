package org.aftermath.tmen.scenario;

import java.util.Objects;

/**
 * The tumour at the start of the simulation.
 *
 * @param cells  initial number of viable cancer cells, {@link InputRange#CELLS} (and below the carrying
 *               capacity of a bounded law)
 * @param growth how the cells grow between doses
 * @param resistantClone a drug-resistant clone among the cells ({@code tumor.resistant_clone}), or null for none
 */
public record Tumor(double cells, Growth growth, ResistantClone resistantClone) {

    /** A tumour without a resistant clone. */
    public Tumor(double cells, Growth growth) {
        this(cells, growth, null);
    }

    /** @return the same tumour with other initial cells and growth (the clone kept) */
    public Tumor with(double newCells, Growth newGrowth) {
        return new Tumor(newCells, newGrowth, resistantClone);
    }

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
