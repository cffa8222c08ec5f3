package org.aftermath.tmen.therapy;

import java.util.List;

/**
 * A course of radiotherapy as applied (fractions inside the horizon) and its biologically
 * effective dose (LITERATURE.md §1.5).
 *
 * @param treatment    the treatment's name
 * @param doseGy       dose per fraction d, Gy
 * @param fractionDays the applied fractions' days, ascending, at least one
 */
public record Radiotherapy(String treatment, double doseGy, List<Double> fractionDays) {

    /** LQ linear coefficient of the tumour, 1/Gy. */
    public static final String ALPHA = "rt_alpha_tumor";
    /** LQ quadratic coefficient of the tumour, 1/Gy². */
    public static final String BETA = "rt_beta_tumor";
    /** α/β of late-reacting tissue, Gy. */
    public static final String ALPHA_BETA_LATE = "rt_alpha_beta_late";
    /** Potential doubling time during accelerated repopulation, days. */
    public static final String TPOT = "rt_tpot_days";
    /** Kick-off of accelerated repopulation after the first fraction, days. */
    public static final String KICKOFF = "rt_kickoff_days";
    /** 1 while accelerated repopulation runs, else 0. */
    public static final String REPOPULATING = "rt_repopulating";

    public Radiotherapy {
        fractionDays = List.copyOf(fractionDays);
        if (fractionDays.isEmpty()) {
            throw new IllegalArgumentException("a radiotherapy course needs at least one fraction");
        }
    }

    /** @return the number of fractions n */
    public int fractions() {
        return fractionDays.size();
    }

    /** @return the overall time T from the first to the last fraction, days */
    public double overallDays() {
        return fractionDays.get(fractionDays.size() - 1) - fractionDays.get(0);
    }

    /**
     * Tumour BED with the repopulation time factor,
     * {@code n d (1 + d/(α/β)) - ln2 max(0, T - Tk) / (α Tpot)}, α/β = α/β_tumour.
     *
     * @param alpha   1/Gy
     * @param beta    1/Gy²
     * @param tpot    days
     * @param kickoff days
     * @return Gy (Gy_{α/β})
     */
    public double tumorBed(double alpha, double beta, double tpot, double kickoff) {
        double n = fractions();
        double d = doseGy;
        return n * d * (1 + d / (alpha / beta)) - Math.log(2) * Math.max(0, overallDays() - kickoff) / (alpha * tpot);
    }

    /**
     * Late-tissue BED, {@code n d (1 + d/(α/β)_late)}, without a time factor (late-reacting
     * tissue does not repopulate during a course).
     *
     * @param alphaBetaLate Gy
     * @return Gy
     */
    public double lateBed(double alphaBetaLate) {
        return fractions() * doseGy * (1 + doseGy / alphaBetaLate);
    }

    /** @return the surviving fraction per fraction, exp(-α d - β d²) */
    public double survivingFraction(double alpha, double beta) {
        return Math.exp(-alpha * doseGy - beta * doseGy * doseGy);
    }
}
