package org.aftermath.cohort.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws virtual patients. For patient {@code i} of a cohort with seed {@code s}: a generator is created from
 * {@link PatientSeeds#patientSeed(long, long)}, one standard normal is drawn per variable in declaration order
 * ({@link RandomGenerator#nextGaussian()}), the normals are correlated by the {@link GaussianCopula}, and each goes
 * through its marginal ({@link Marginal#fromNormal(double)}). Identical inputs give bit-identical outputs, whatever
 * the thread or order in which patients are drawn. Instances are immutable and thread-safe.
 */
public final class CohortSampler {

    private final List<String> names;
    private final Marginal[] marginals;
    private final GaussianCopula copula;

    /** @param variability the variables and their correlations (validated here: names, pairs, positive definiteness) */
    public CohortSampler(Variability variability) {
        this.names = List.copyOf(variability.marginals().keySet());
        this.marginals = variability.marginals().values().toArray(new Marginal[0]);
        this.copula = new GaussianCopula(names, variability.correlations());
    }

    /** Variable names in declaration order. */
    public List<String> names() {
        return names;
    }

    /**
     * Patient {@code index}'s drawn values.
     *
     * @param seed  cohort seed
     * @param index patient index (&ge; 0)
     * @return the values in declaration order and the patient's seed
     */
    public PatientDraw patient(long seed, long index) {
        long patientSeed = PatientSeeds.patientSeed(seed, index);
        double[] x = draw(PatientSeeds.generator(patientSeed));
        Map<String, Double> values = new LinkedHashMap<>();
        for (int j = 0; j < x.length; j++) {
            values.put(names.get(j), x[j]);
        }
        return new PatientDraw(index, patientSeed, Collections.unmodifiableMap(values));
    }

    /**
     * One draw of all variables from {@code rng} (consumes one {@code nextGaussian()} per variable).
     *
     * @param rng the generator
     * @return values in declaration order
     */
    public double[] draw(RandomGenerator rng) {
        double[] z = new double[marginals.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = rng.nextGaussian();
        }
        double[] y = copula.correlate(z);
        double[] x = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            x[j] = marginals[j].fromNormal(y[j]);
        }
        return x;
    }

    /** Patients {@code from} (inclusive) to {@code to} (exclusive), in index order. */
    public List<PatientDraw> patients(long seed, long from, long to) {
        List<PatientDraw> out = new ArrayList<>();
        for (long i = from; i < to; i++) {
            out.add(patient(seed, i));
        }
        return out;
    }
}
