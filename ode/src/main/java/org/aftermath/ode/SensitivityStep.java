package org.aftermath.ode;

/**
 * One accepted step of an integration with sensitivities, with dense output of the state and of every
 * sensitivity. Valid only during the {@link SensitivityStepListener#step} call that receives it.
 */
public interface SensitivityStep extends DenseStep {

    /**
     * Interpolates the sensitivities inside the step (the same continuous extension as the state's).
     *
     * @param t   a time in [{@link #start()}, {@link #end()}]
     * @param out receives s_k(t) in {@code out[k]}, each of length n
     */
    void interpolateSensitivities(double t, double[][] out);
}
