package org.aftermath.cohort.sampling;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Counter-based per-patient seeding. Patient {@code i} of a cohort with seed {@code s} gets the seed
 * {@code mix64(mix64(s) + (i + 1) * 0x9E3779B97F4A7C15)}, where {@code mix64} is the SplitMix64 finaliser
 * (Steele, Lea &amp; Flood 2014; constants of Stafford's "Mix13"):
 * <pre>
 *   z = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9;  z = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EB;  z ^ (z &gt;&gt;&gt; 31)
 * </pre>
 * and draws from {@code RandomGeneratorFactory.of("L64X128MixRandom").create(patientSeed)}. The derivation depends
 * only on (seed, index), never on which thread or in which order patients are processed. The inner {@code mix64(s)}
 * keeps nearby cohort seeds (s, s + 1, ...) from sharing shifted patient sequences.
 */
public final class PatientSeeds {

    /** The project's generator algorithm. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private PatientSeeds() {
    }

    /** The SplitMix64 finaliser, a bijection of 64-bit integers with full avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed of patient {@code index} in a cohort with seed {@code seed}.
     *
     * @param seed  cohort seed
     * @param index patient index (&ge; 0)
     * @return the patient's 64-bit seed
     */
    public static long patientSeed(long seed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("patient index must be >= 0, got " + index);
        }
        return mix64(mix64(seed) + (index + 1) * GOLDEN_GAMMA);
    }

    /** A fresh {@value #ALGORITHM} generator seeded with {@code seed}. */
    public static RandomGenerator generator(long seed) {
        return FACTORY.create(seed);
    }
}
