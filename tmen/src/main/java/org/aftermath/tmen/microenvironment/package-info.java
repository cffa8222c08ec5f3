/**
 * Wiring of the damaged-microenvironment model files ({@code tme-*.ant}: stroma and DDR, the
 * DDSP network, the secreted factors) into a scenario: which scenarios include them, how the
 * scenario keys {@code stroma:}, {@code knockouts:}, {@code knockdowns:} set their parameters,
 * and how the dosed agents drive their input ports (damage from genotoxic exposure and
 * radiation, DDR-free arrest from anti-microtubule agents, target inhibition by modulators).
 * The biology itself lives in the model files; this package only binds ports.
 */
package org.aftermath.tmen.microenvironment;
