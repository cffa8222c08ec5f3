package org.aftermath.tmen.scenario;

/**
 * The values a scenario input takes ({@link ScenarioInputs}): what the reader and {@code apply}
 * admit, what a distribution may draw, and what an override of a model parameter a scenario key
 * sets must respect. A continuous law fits a range if its support lies in the range's closure (an
 * open end is reached with probability 0); listed values must lie in the range itself.
 */
public enum InputRange {
    /** Finite, &gt; 0 (also every common multiplier of a list). */
    POSITIVE("> 0", 0, true, Double.POSITIVE_INFINITY, true),
    /**
     * Finite, &gt; tumor.cells: a carrying capacity. Where the cells are not known (a value alone,
     * a distribution) it is checked as {@link #POSITIVE}; {@link #admits(double, double)} compares.
     */
    ABOVE_CELLS("> tumor.cells", 0, true, Double.POSITIVE_INFINITY, true),
    /** Finite, &gt;= 0. */
    NON_NEGATIVE(">= 0", 0, false, Double.POSITIVE_INFINITY, true),
    /** In [0, 1): a kill fraction. */
    FRACTION("in [0, 1)", 0, false, 1, true),
    /** In (-1, 0): a relative shrinkage. */
    SHRINKAGE("in (-1, 0)", -1, true, 0, true),
    /** A whole number in 1 .. {@link Schedule#MAX_DOSES}: a dose count. */
    COUNT("a whole number in 1 .. " + Schedule.MAX_DOSES, 1, false, Schedule.MAX_DOSES, false),
    /** Any finite number: a model parameter (the model's limits are checked when compiled). */
    FINITE("a finite number", Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    final String rule;
    private final double lower;
    private final boolean lowerOpen;
    private final double upper;
    private final boolean upperOpen;

    InputRange(String rule, double lower, boolean lowerOpen, double upper, boolean upperOpen) {
        this.rule = rule;
        this.lower = lower;
        this.lowerOpen = lowerOpen;
        this.upper = upper;
        this.upperOpen = upperOpen;
    }

    /** @return true if {@code x} is a value of this range */
    boolean admits(double x) {
        if (!Double.isFinite(x)) {
            return false;
        }
        if (this == COUNT && x != Math.rint(x)) {
            return false;
        }
        boolean aboveLower = lowerOpen ? x > lower : x >= lower;
        boolean belowUpper = upperOpen ? x < upper : x <= upper;
        return aboveLower && belowUpper;
    }

    /**
     * @param x     a value
     * @param cells the scenario's initial cancer cells
     * @return true if {@code x} is a value of this range, a capacity being above {@code cells}
     */
    public boolean admits(double x, double cells) {
        return admits(x) && (this != ABOVE_CELLS || x > cells);
    }

    /** @return what a value must be, e.g. {@code > 0}, {@code > tumor.cells (1.0E9)} */
    public String rule(double cells) {
        return this == ABOVE_CELLS ? rule + " (" + cells + ")" : rule;
    }

    /**
     * @param spec  a distribution
     * @param cells the scenario's initial cancer cells
     * @return true if every value {@code spec} draws is admitted (with probability 1), a capacity
     *         being above {@code cells}
     */
    public boolean fits(DistributionSpec spec, double cells) {
        if (!spec.continuous()) {
            return spec.values().stream().allMatch(v -> admits(v, cells));
        }
        double low = this == ABOVE_CELLS ? Math.max(lower, cells) : lower;
        return this != COUNT && spec.lowerBound() >= low && spec.upperBound() <= upper;
    }

    /**
     * @param spec a distribution
     * @return null if every value {@code spec} draws is admitted (with probability 1), else what is
     *         wrong, e.g. {@code normal draws can fall below 0 (the input must be > 0); give min >= 0}
     */
    String misfit(DistributionSpec spec) {
        if (!spec.continuous()) {
            for (double v : spec.values()) {
                if (!admits(v)) {
                    return "value " + shown(v) + " is out of range (the input must be " + rule + ")";
                }
            }
            return null;
        }
        if (this == COUNT) {
            return "a dose count takes whole numbers: use values: [...] (got " + spec.law() + ")";
        }
        if (spec.lowerBound() < lower) {
            return spec.law() + " draws can fall below " + shown(lower) + " (the input must be " + rule + "); "
                    + (spec.law().equals(DistributionSpec.NORMAL) ? "give min >= " + shown(lower) : "raise min");
        }
        if (spec.upperBound() > upper) {
            return spec.law() + " draws can exceed " + shown(upper) + " (the input must be " + rule + "); "
                    + (spec.law().equals(DistributionSpec.LOGNORMAL) ? "use a normal with max or a uniform"
                    : spec.law().equals(DistributionSpec.NORMAL) ? "give max <= " + shown(upper) : "lower max");
        }
        return null;
    }

    static String shown(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
