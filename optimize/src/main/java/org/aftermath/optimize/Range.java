package org.aftermath.optimize;

/**
 * A closed search interval of one schedule variable, in the variable's own unit. A range with
 * {@code min == max} fixes the variable (it is not searched).
 *
 * @param min lower bound, finite
 * @param max upper bound, finite, &ge; min
 */
public record Range(double min, double max) {

    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("bounds must be finite numbers (got " + min + ":" + max + ")");
        }
        if (max < min) {
            throw new IllegalArgumentException("bounds are reversed: minimum " + min + " > maximum " + max);
        }
    }

    /** @return a range holding only {@code value} */
    public static Range fixed(double value) {
        return new Range(value, value);
    }

    /** @return true if the range holds one value (the variable is not searched) */
    public boolean isFixed() {
        return max == min;
    }

    /** @return {@code x} moved into the range */
    public double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    /** @return the value at fraction {@code u} in [0, 1] of the range, {@code min + u (max - min)} */
    public double fromUnit(double u) {
        return isFixed() ? min : min + Math.max(0.0, Math.min(1.0, u)) * (max - min);
    }

    /** @return the fraction of the range at which {@code x} lies (clamped to [0, 1]; 0 for a fixed range) */
    public double toUnit(double x) {
        return isFixed() ? 0.0 : (clamp(x) - min) / (max - min);
    }

    /** @return {@code min:max} as written on the command line */
    @Override
    public String toString() {
        return min + ":" + max;
    }
}
