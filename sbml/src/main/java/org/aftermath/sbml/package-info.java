/**
 * SBML Level 3 Version 2 exchange of kernel models through JSBML.
 * {@link org.aftermath.sbml.SbmlWriter} writes a model (with a scenario's doses as
 * time-triggered events) with units, hill/hillr function definitions and parameter provenance as
 * notes and annotations; {@link org.aftermath.sbml.SbmlReader} reads back exactly what the writer
 * produces and refuses anything else with a message naming the element. A full SBML importer
 * (the SBML test suite) is not here.
 */
package org.aftermath.sbml;
