package org.aftermath.kernel.model;

/**
 * A compartment (SBML {@code compartment}). Its size may be used in expressions by id.
 *
 * @param id       identifier
 * @param size     size in {@code unit}, &gt; 0 (NaN when an initial assignment or rule sets it)
 * @param unit     unit id, or null
 * @param constant false when a rule, an event or an algebraic rule may change the size
 * @param origin   declaration site
 */
public record Compartment(String id, double size, String unit, boolean constant, Origin origin) {

    /** A compartment whose size only a rate rule or an event can change (Antimony). */
    public Compartment(String id, double size, String unit, Origin origin) {
        this(id, size, unit, true, origin);
    }
}
