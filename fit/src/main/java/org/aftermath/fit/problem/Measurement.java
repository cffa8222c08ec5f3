package org.aftermath.fit.problem;

import java.util.List;
import java.util.Objects;
import org.aftermath.kernel.expr.Expr;

/**
 * One measured value (a row of PEtab's measurement table or of a fit file's data).
 *
 * @param observable           the observable id
 * @param preequilibration     the condition simulated to steady state first, or null
 * @param simulation           the condition simulated from t = 0
 * @param time                 the time, or +∞ for a steady-state measurement
 * @param value                the measured value
 * @param observableParameters the values of the observable's placeholders, in order (numbers or parameter ids)
 * @param noiseParameters      the values of the noise formula's placeholders, in order
 * @param row                  where the row came from: its 1-based line in its file (for messages)
 */
public record Measurement(String observable, String preequilibration, String simulation, double time, double value,
                          List<Expr> observableParameters, List<Expr> noiseParameters, int row) {

    public Measurement {
        Objects.requireNonNull(observable, "observable");
        Objects.requireNonNull(simulation, "simulation");
        observableParameters = List.copyOf(observableParameters);
        noiseParameters = List.copyOf(noiseParameters);
    }

    /** @return the experiment this measurement belongs to: (preequilibration or "", simulation) */
    public Experiment experiment() {
        return new Experiment(preequilibration, simulation);
    }

    /**
     * A simulation: a condition, possibly after a preequilibration to steady state under another.
     *
     * @param preequilibration the preequilibration condition id, or null
     * @param simulation       the simulation condition id
     */
    public record Experiment(String preequilibration, String simulation) {
        /** @return "simulation" or "preequilibration → simulation" */
        public String label() {
            return preequilibration == null ? simulation : preequilibration + " -> " + simulation;
        }
    }
}
