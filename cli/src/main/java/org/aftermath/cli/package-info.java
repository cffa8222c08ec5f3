/**
 * The {@code aftermath} command line, a thin shell over the library: {@code run} reads a
 * scenario, compiles it, simulates it and writes its outputs all-or-nothing. Exit status 0 on
 * success, 2 for bad input (with one message naming the file, field and what is allowed), 1 when
 * the simulation or a write fails.
 */
package org.aftermath.cli;
