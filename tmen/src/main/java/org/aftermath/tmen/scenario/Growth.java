package org.aftermath.tmen.scenario;

import java.util.List;

/**
 * The growth law of the viable cancer cells between doses. Each law is a model file in
 * {@code org/aftermath/tmen/models/}; these records hold the values the scenario sets in it.
 */
public sealed interface Growth permits Growth.Exponential, Growth.Gompertz, Growth.GompertzDoubling {

    /** @return the law's name as written in a scenario ({@code exponential}, {@code gompertz}) */
    String law();

    /**
     * {@code dN/dt = ln2 / Td * N}. With one value Td is constant; with several, value k (from 1)
     * holds after the k-th dose of the kill treatments, value 1 also before any dose, and the last
     * value holds after its dose until the end (accelerating repopulation, Kim &amp; Tannock 2005).
     *
     * @param doublingDays doubling times in days, at least one, each finite and &gt; 0
     */
    record Exponential(List<Double> doublingDays) implements Growth {
        public Exponential {
            doublingDays = List.copyOf(doublingDays);
            if (doublingDays.isEmpty()) {
                throw new IllegalArgumentException("doubling_days needs at least one value");
            }
            for (double td : doublingDays) {
                if (!(td > 0) || !Double.isFinite(td)) {
                    throw new IllegalArgumentException("every doubling time must be a finite number > 0 (got " + td + ")");
                }
            }
        }

        @Override
        public String law() {
            return "exponential";
        }
    }

    /**
     * {@code dN/dt = a N ln(K / N)} with the rate constant given.
     *
     * @param carryingCapacity K in cells, finite, greater than the initial cell count
     * @param ratePerDay       a in 1/day, finite, &gt; 0
     */
    record Gompertz(double carryingCapacity, double ratePerDay) implements Growth {
        public Gompertz {
            requireCapacity(carryingCapacity);
            if (!(ratePerDay > 0) || !Double.isFinite(ratePerDay)) {
                throw new IllegalArgumentException("rate_per_day must be a finite number > 0 (got " + ratePerDay + ")");
            }
        }

        @Override
        public String law() {
            return "gompertz";
        }
    }

    /**
     * {@code dN/dt = a N ln(K / N)} with a set by the doubling time at the initial size N0:
     * {@code a = ln2 / (Td ln(K / N0))}.
     *
     * @param carryingCapacity K in cells, finite, greater than the initial cell count
     * @param doublingDays     Td in days at N0, finite, &gt; 0
     */
    record GompertzDoubling(double carryingCapacity, double doublingDays) implements Growth {
        public GompertzDoubling {
            requireCapacity(carryingCapacity);
            if (!(doublingDays > 0) || !Double.isFinite(doublingDays)) {
                throw new IllegalArgumentException("doubling_days must be a finite number > 0 (got " + doublingDays + ")");
            }
        }

        @Override
        public String law() {
            return "gompertz";
        }
    }

    private static void requireCapacity(double carryingCapacity) {
        if (!(carryingCapacity > 0) || !Double.isFinite(carryingCapacity)) {
            throw new IllegalArgumentException("carrying_capacity must be a finite number > 0 (got " + carryingCapacity + ")");
        }
    }
}
