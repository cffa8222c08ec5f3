package org.aftermath.runner;

import java.io.Serializable;
import java.util.Objects;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;

/**
 * How to run a scenario.
 *
 * @param outputStep  spacing of the time-course grid, days (&gt; 0); never affects the summary
 * @param integrator  an integrator name from {@link IntegratorKind#names()}
 * @param tolerances  error tolerances of the integrator
 * @param seed        the run's random seed (recorded in every output; deterministic runs ignore it)
 * @param observation what the run records besides the tumour burden
 * @param pkScaledTolerance if true, each agent's drug amounts (the states of its PK module: depot,
 *                    central and peripheral compartments) are error-controlled in units of its
 *                    largest dose: their absolute tolerance is multiplied by that amount
 *                    (mg or IU, at least 1; see {@code PkToleranceScales}); the relative
 *                    tolerance and every other state are unchanged
 */
public record RunOptions(double outputStep, IntegratorKind integrator, Tolerances tolerances, long seed,
                         Observation observation, boolean pkScaledTolerance) implements Serializable {

    /** What a run records. */
    public enum Observation {
        /** The full time course (every observable) and every summary entry. */
        FULL,
        /**
         * The tumour burden only: the time course has the columns day, tumor_cells,
         * tumor_volume_cm3 and tumor_diameter_cm; the summary has the burden's outcomes (initial,
         * final, nadir and its day, regrowth, doses, best response, progression, assessments,
         * cure probability, BED) and no exposure, factor or modulator entries (empty lists and
         * map). The burden outcomes are the same numbers as with {@link #FULL}.
         */
        LEAN
    }

    /** Daily output, automatic integrator choice, default tolerances, seed 1, full observation. */
    public static final RunOptions DEFAULT = new RunOptions(1.0, IntegratorKind.AUTO, Tolerances.DEFAULT, 1L);

    /**
     * The relative tolerance of {@link #COHORT}: chosen by {@code CohortPresetAgreementTest}, which
     * runs the Figure 3C scenario, its doxorubicin-alone and anti-WNT16B arms and perturbed
     * variants (doubling time 5 and 30 days, fibroblasts 0.2 and 3 per cancer cell, doxorubicin
     * kill 60, ec50 × 5, DDSP strength 2) with this preset and with a reference at relative
     * tolerance 1e-11, and requires final burden, nadir burden and day, progression day and every
     * factor's peak within 1e-3 relative. Measured worst deviation: 1.5e-4 with one absolute
     * tolerance for every state, 5.8e-4 with drug amounts in units of their dose as the preset
     * has them (both the nadir day of flat minima: doxorubicin alone, resp. doxorubicin EC50 × 5;
     * the burdens agree to about 4e-6), at 1,953 RODAS4 steps per Figure 3C run (2,924 with one
     * absolute tolerance; 1,735 on average over the 13 variants, 2,566 without scaling) instead
     * of about 36,600 Dormand–Prince steps with {@link #DEFAULT}. Looser settings fail it (with
     * one absolute tolerance): rtol 1e-2 / atol 1e-2 deviates by 6.6e-3, rtol 1e-3 / atol 1e-4
     * by 2.4e-3 (nadir days).
     */
    public static final double COHORT_RELATIVE_TOLERANCE = 1e-5;

    /** The absolute tolerance of {@link #COHORT}, in each state's unit (see {@link #COHORT_RELATIVE_TOLERANCE}). */
    public static final double COHORT_ABSOLUTE_TOLERANCE = 1e-3;

    /**
     * The preset for virtual cohorts, schedule searches and sensitivity analyses, where each
     * patient's outcomes need 1e-3 relative accuracy, not the last digits: RODAS4 (the models
     * with pharmacokinetics are stiff: doxorubicin's distribution phase has an eigenvalue near
     * −200/day, which caps explicit steps at about 0.016 days) at the tolerances
     * {@link #COHORT_RELATIVE_TOLERANCE} and {@link #COHORT_ABSOLUTE_TOLERANCE}, daily output,
     * seed 1 and {@link Observation#LEAN} observation. Use {@code withObservation(FULL)} to keep
     * the factors and exposures. Drug amounts are error-controlled in units of their dose
     * ({@link #pkScaledTolerance()}): the daily oral sulfasalazine doses of Figure 3C otherwise
     * cost about 9 more steps each, resolving the depot and central amounts to 1 µg where the
     * outcomes need no more than the dose's 0.1%. {@code aftermath run} keeps {@link #DEFAULT}.
     */
    public static final RunOptions COHORT = new RunOptions(1.0, IntegratorKind.ROSENBROCK,
            new Tolerances(COHORT_RELATIVE_TOLERANCE, COHORT_ABSOLUTE_TOLERANCE), 1L, Observation.LEAN, true);

    public RunOptions {
        if (!(outputStep > 0) || Double.isInfinite(outputStep)) {
            throw new IllegalArgumentException("output step must be a positive number of days, got " + outputStep);
        }
        Objects.requireNonNull(integrator, "integrator");
        Objects.requireNonNull(tolerances, "tolerances");
        Objects.requireNonNull(observation, "observation");
    }

    /** One absolute tolerance for every state. */
    public RunOptions(double outputStep, IntegratorKind integrator, Tolerances tolerances, long seed,
                      Observation observation) {
        this(outputStep, integrator, tolerances, seed, observation, false);
    }

    /** Full observation, one absolute tolerance for every state. */
    public RunOptions(double outputStep, IntegratorKind integrator, Tolerances tolerances, long seed) {
        this(outputStep, integrator, tolerances, seed, Observation.FULL);
    }

    /** @return a copy with another output step */
    public RunOptions withOutputStep(double step) {
        return new RunOptions(step, integrator, tolerances, seed, observation, pkScaledTolerance);
    }

    /** @return a copy with another integrator */
    public RunOptions withIntegrator(IntegratorKind name) {
        return new RunOptions(outputStep, name, tolerances, seed, observation, pkScaledTolerance);
    }

    /** @return a copy with other tolerances */
    public RunOptions withTolerances(Tolerances t) {
        return new RunOptions(outputStep, integrator, t, seed, observation, pkScaledTolerance);
    }

    /** @return a copy with another seed */
    public RunOptions withSeed(long s) {
        return new RunOptions(outputStep, integrator, tolerances, s, observation, pkScaledTolerance);
    }

    /** @return a copy with another observation */
    public RunOptions withObservation(Observation o) {
        return new RunOptions(outputStep, integrator, tolerances, seed, o, pkScaledTolerance);
    }

    /** @return a copy with drug amounts error-controlled in units of their dose, or not */
    public RunOptions withPkScaledTolerance(boolean scaled) {
        return new RunOptions(outputStep, integrator, tolerances, seed, observation, scaled);
    }
}
