package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftermath.kernel.units.UnitValue;
import org.sbml.jsbml.Unit;

/**
 * Between the kernel's unit definitions (Antimony text such as {@code 1 / day} or
 * {@code 86400 second}, evaluated by {@link UnitValue}) and SBML units.
 */
final class SbmlUnits {

    /** SBML names that an SBML {@code units} attribute may use directly. */
    private static final java.util.Set<String> SBML_NAMES = new java.util.HashSet<>();

    static {
        for (Unit.Kind k : Unit.Kind.values()) {
            SBML_NAMES.add(k.name().toLowerCase(Locale.ROOT));
        }
        SBML_NAMES.remove("invalid");
        SBML_NAMES.remove("liter");
        SBML_NAMES.remove("meter");
        SBML_NAMES.remove("celsius");
    }

    private SbmlUnits() { }

    /** @return true if an SBML {@code units} attribute may name this id directly */
    static boolean isSbmlBaseName(String name) {
        return SBML_NAMES.contains(name) && UnitValue.isKnown(name);
    }

    /**
     * @param v a unit value
     * @return SBML units (level 3 version 2) whose product is {@code v}; the factor goes into the
     *         multiplier of the first unit
     */
    static List<Unit> toSbml(UnitValue v) {
        List<Unit> units = new ArrayList<>();
        if (v.powers().isEmpty()) {
            units.add(new Unit(v.factor(), 0, Unit.Kind.DIMENSIONLESS, 1.0, 3, 2));
            return units;
        }
        boolean first = true;
        for (Map.Entry<String, Double> e : v.powers().entrySet()) {
            double multiplier = first ? Math.pow(v.factor(), 1.0 / e.getValue()) : 1.0;
            units.add(new Unit(multiplier, 0, Unit.Kind.valueOf(e.getKey().toUpperCase(Locale.ROOT)), e.getValue(), 3, 2));
            first = false;
        }
        return units;
    }

    /**
     * @param units SBML units of one definition
     * @return the kernel's text for their product, e.g. {@code 86400 second} or
     *         {@code 1.1574074074074073E-5 second^-1}
     */
    static String toText(List<Unit> units) {
        double factor = 1;
        List<String> parts = new ArrayList<>();
        for (Unit u : units) {
            double e = u.getExponent();
            factor *= Math.pow(u.getMultiplier() * Math.pow(10, u.getScale()), e);
            if (u.getKind() == Unit.Kind.DIMENSIONLESS) {
                continue;
            }
            String name = u.getKind().name().toLowerCase(Locale.ROOT);
            parts.add(e == 1 ? name : name + "^" + number(e));
        }
        if (parts.isEmpty()) {
            return factor == 1 ? "dimensionless" : number(factor) + " dimensionless";
        }
        return (factor == 1 ? "" : number(factor) + " ") + String.join(" ", parts);
    }

    /** @return true if every unit is a base unit the kernel knows (so {@link #toText} reads back) */
    static boolean readable(List<Unit> units) {
        for (Unit u : units) {
            if (u.getKind() != Unit.Kind.DIMENSIONLESS && !isSbmlBaseName(u.getKind().name().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

}
