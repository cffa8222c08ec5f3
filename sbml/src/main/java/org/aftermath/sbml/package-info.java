/**
 * SBML Level 3 Version 2 exchange of kernel models through JSBML.
 */
package org.aftermath.sbml;
