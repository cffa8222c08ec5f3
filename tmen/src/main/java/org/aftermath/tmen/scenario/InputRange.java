package org.aftermath.tmen.scenario;

import java.util.Objects;
import org.aftermath.kernel.model.Domain;

/**
 * The values a scenario key takes — the same interval type ({@link Domain}) as a model
 * parameter's domain, plus whole numbers and the carrying capacity's "above the cells" — read by
 * the reader, by {@link ScenarioInputs#apply}, by the checks of {@code variability:} distributions
 * and by overrides of the model parameter a key sets. A continuous law fits a range if its support
 * lies in the range's closure (an open end is reached with probability 0) or, above a finite
 * upper end, if it exceeds the end with a probability below {@link #NEGLIGIBLE} (a log-normal's
 * tail); listed values must lie in the range itself. Upper ends keep numbers the simulator's state
 * can hold: the products of the values (cells × stroma per cell, dose × body surface) stay far
 * below the largest double.
 *
 * @param domain     the interval
 * @param whole      true if only whole numbers are admitted (a dose count)
 * @param aboveCells true if a value must also exceed the scenario's initial cancer cells
 * @param rule       what a value must be, as messages say it, e.g. {@code > 0}
 */
public record InputRange(Domain domain, boolean whole, boolean aboveCells, String rule) {

    /** The probability of a draw above a finite upper end that still counts as never. */
    public static final double NEGLIGIBLE = 1e-12;

    /** Finite, &gt; 0 (also every common multiplier of a list). */
    public static final InputRange POSITIVE = new InputRange(Domain.POSITIVE, false, false, "> 0");
    /** Finite, &gt;= 0. */
    public static final InputRange NON_NEGATIVE = new InputRange(Domain.NON_NEGATIVE, false, false, ">= 0");
    /** In [0, 1): a kill fraction. */
    public static final InputRange FRACTION = new InputRange(new Domain(0, false, 1, true), false, false, "in [0, 1)");
    /** In (-1, 0): a relative shrinkage. */
    public static final InputRange SHRINKAGE = new InputRange(new Domain(-1, true, 0, true), false, false, "in (-1, 0)");
    /** A whole number in 1 .. {@link Schedule#MAX_DOSES}: a dose count. */
    public static final InputRange COUNT = new InputRange(new Domain(1, false, Schedule.MAX_DOSES, false), true, false,
            "a whole number in 1 .. " + Schedule.MAX_DOSES);
    /** Any finite number: a model parameter (its domain is checked when the scenario is compiled). */
    public static final InputRange FINITE = new InputRange(Domain.REAL, false, false, "a finite number");
    /** Initial cancer cells: &gt; 0 and at most 1e15 (a tumour of about a tonne). */
    public static final InputRange CELLS = upTo(1e15);
    /**
     * A carrying capacity: &gt; tumor.cells and at most 1e16. Where the cells are not known (a value
     * alone, a distribution) only the interval is checked; {@link #admits(double, double)} compares.
     */
    public static final InputRange ABOVE_CELLS = new InputRange(new Domain(0, true, 1e16, false), false, true,
            "> tumor.cells and <= 1e16");
    /** A dose per administration or fraction, in its unit: &gt; 0 and at most 1e6. */
    public static final InputRange DOSE = upTo(1e6);
    /** An infusion's duration: &gt; 0 and at most 8760 hours (a year). */
    public static final InputRange INFUSION_HOURS = upTo(8760);
    /** Body surface area: &gt; 0 and at most 100 m². */
    public static final InputRange BSA = upTo(100);
    /** Body weight: &gt; 0 and at most 10000 kg. */
    public static final InputRange WEIGHT = upTo(10_000);
    /** Stromal cells per initial cancer cell: &gt;= 0 and at most 1000. */
    public static final InputRange STROMA = new InputRange(new Domain(0, false, 1000, false), false, false,
            ">= 0 and <= 1000");

    public InputRange {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(rule, "rule");
    }

    /** @return the range (0, max] */
    public static InputRange upTo(double max) {
        return new InputRange(new Domain(0, true, max, false), false, false, "> 0 and <= " + shown(max));
    }

    /** @return true if {@code x} is a value of this range (a capacity not compared with the cells) */
    public boolean admits(double x) {
        return domain.contains(x) && (!whole || x == Math.rint(x));
    }

    /**
     * @param x     a value
     * @param cells the scenario's initial cancer cells
     * @return true if {@code x} is a value of this range, a capacity being above {@code cells}
     */
    public boolean admits(double x, double cells) {
        return admits(x) && (!aboveCells || x > cells);
    }

    /** @return what a value must be, e.g. {@code > 0}, {@code > tumor.cells (1.0E9) and <= 1e16} */
    public String rule(double cells) {
        return aboveCells ? rule.replace("tumor.cells", "tumor.cells (" + cells + ")") : rule;
    }

    /**
     * @param spec  a distribution
     * @param cells the scenario's initial cancer cells
     * @return true if every value {@code spec} draws is admitted (with probability 1, or above a
     *         finite upper end with a negligible probability), a capacity being above {@code cells}
     */
    public boolean fits(DistributionSpec spec, double cells) {
        if (!spec.continuous()) {
            return spec.values().stream().allMatch(v -> admits(v, cells));
        }
        double low = aboveCells ? Math.max(domain.lower(), cells) : domain.lower();
        return !whole && spec.lowerBound() >= low && fitsBelow(spec);
    }

    private boolean fitsBelow(DistributionSpec spec) {
        return spec.upperBound() <= domain.upper() || spec.probabilityOutside(null, domain.upper()) < NEGLIGIBLE;
    }

    /**
     * @param spec a distribution
     * @return null if every value {@code spec} draws is admitted (as {@link #fits}), else what is
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
        if (whole) {
            return "a dose count takes whole numbers: use values: [...] (got " + spec.law() + ")";
        }
        if (spec.lowerBound() < domain.lower()) {
            return spec.law() + " draws can fall below " + shown(domain.lower()) + " (the input must be " + rule + "); "
                    + (spec.law().equals(DistributionSpec.NORMAL) ? "give min >= " + shown(domain.lower()) : "raise min");
        }
        if (!fitsBelow(spec)) {
            return spec.law() + " draws can exceed " + shown(domain.upper()) + " (the input must be " + rule + "); "
                    + (spec.law().equals(DistributionSpec.LOGNORMAL) ? "use a normal with max or a uniform"
                    : spec.law().equals(DistributionSpec.NORMAL) ? "give max <= " + shown(domain.upper()) : "lower max");
        }
        return null;
    }

    static String shown(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return x == Math.rint(x) && Math.abs(x) < 1e300 ? String.format(java.util.Locale.ROOT, "%.0e", x)
                .replace("e+", "e") : Double.toString(x);
    }
}
