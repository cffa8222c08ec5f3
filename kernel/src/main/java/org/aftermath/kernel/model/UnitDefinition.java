package org.aftermath.kernel.model;

/**
 * A unit definition {@code unit id = definition} (Antimony), e.g. {@code per_day = 1 / day}.
 *
 * @param id         unit id
 * @param definition the defining expression as text, in base units of second, litre, mole,
 *                   item, gram, metre, dimensionless, and the predefined {@code day}, {@code hour}
 */
public record UnitDefinition(String id, String definition) { }
