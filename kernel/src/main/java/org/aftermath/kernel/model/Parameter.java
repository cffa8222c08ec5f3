package org.aftermath.kernel.model;

/**
 * A named value. Constant parameters never change during a run; non-constant ones may be set by
 * events or driven by a rate rule.
 *
 * @param id         identifier
 * @param value      value in {@code unit}
 * @param unit       unit id, or null
 * @param constant   false when events or rules may change it
 * @param provenance source and plausible range
 * @param origin     declaration site
 */
public record Parameter(String id, double value, String unit, boolean constant,
                        Provenance provenance, Origin origin) {

    /** @return a copy with another value */
    public Parameter withValue(double newValue) {
        return new Parameter(id, newValue, unit, constant, provenance, origin);
    }
}
