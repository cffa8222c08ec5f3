package org.aftermath.optimize;

/**
 * Toxicity limits every proposed schedule must respect.
 *
 * @param cumulativeCapMgPerM2 largest cumulative cytotoxic dose over the doses given within the
 *                             horizon, mg/m² (doses in mg/kg or mg are converted with the
 *                             scenario's patient weight and body surface area), or null for no
 *                             cap; e.g. 450 mg/m² for doxorubicin (the cumulative dose above
 *                             which the risk of heart failure rises steeply; Swain, Whaley &amp;
 *                             Ewer 2003, Cancer 97:2869)
 * @param minIntervalDays      shortest allowed {@code every_days} of the cytotoxic treatment, &ge; 0
 * @param maxModulatorDoses    most modulator doses within the horizon, or null for no limit
 */
public record Constraints(Double cumulativeCapMgPerM2, double minIntervalDays, Integer maxModulatorDoses) {

    /** The cap the command uses for doxorubicin unless told otherwise, mg/m². */
    public static final double DOXORUBICIN_CAP_MG_PER_M2 = 450.0;

    public Constraints {
        if (cumulativeCapMgPerM2 != null && !(cumulativeCapMgPerM2 > 0 && Double.isFinite(cumulativeCapMgPerM2))) {
            throw new IllegalArgumentException("the cumulative cap must be a finite number > 0 mg/m² (got "
                    + cumulativeCapMgPerM2 + ")");
        }
        if (!(minIntervalDays >= 0) || !Double.isFinite(minIntervalDays)) {
            throw new IllegalArgumentException("the minimum interval must be a finite number >= 0 days (got "
                    + minIntervalDays + ")");
        }
        if (maxModulatorDoses != null && maxModulatorDoses < 1) {
            throw new IllegalArgumentException("the maximum number of modulator doses must be >= 1 (got "
                    + maxModulatorDoses + ")");
        }
    }
}
