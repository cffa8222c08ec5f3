package org.aftermath.kernel.model;

/**
 * A compartment (SBML {@code compartment}). Its size may be used in expressions by id.
 *
 * @param id     identifier
 * @param size   size in {@code unit}, &gt; 0
 * @param unit   unit id, or null
 * @param origin declaration site
 */
public record Compartment(String id, double size, String unit, Origin origin) { }
