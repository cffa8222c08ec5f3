package org.aftermath.report.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.runner.AgentExposure;
import org.aftermath.runner.DoseExposure;

/**
 * Values of observables known exactly at instants off the output grid, to be merged into their
 * curves so that a coarse grid does not cut peaks: each dose's Cmax at its day, read from the
 * run's typed exposure record ({@link AgentExposure}), as the runner computes them from the dense
 * output.
 */
public final class ExactPoints {
    private ExactPoints() { }

    /**
     * @param exposure the run's per-agent exposure ({@code RunSummary.exposure()})
     * @return observable name → (day, value) pairs, in dose order; empty when none; doses whose
     *         peak or its day is not a finite number are left out
     */
    public static Map<String, List<double[]>> of(List<AgentExposure> exposure) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (AgentExposure agent : exposure) {
            if (agent.observable() == null) {
                continue;
            }
            for (DoseExposure dose : agent.doses()) {
                if (Double.isFinite(dose.cmaxDay()) && Double.isFinite(dose.cmax())) {
                    points.computeIfAbsent(agent.observable(), k -> new ArrayList<>())
                            .add(new double[] {dose.cmaxDay(), dose.cmax()});
                }
            }
        }
        return points;
    }
}
