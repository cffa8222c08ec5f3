/**
 * Unit algebra for model files: {@link org.aftermath.kernel.units.UnitValue} evaluates a unit id
 * or expression to a factor times powers of base units, for dimension checks and for SBML units.
 */
package org.aftermath.kernel.units;
