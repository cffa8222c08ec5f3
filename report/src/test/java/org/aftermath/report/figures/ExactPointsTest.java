package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftermath.runner.AgentExposure;
import org.aftermath.runner.DoseExposure;
import org.junit.jupiter.api.Test;

/** Each dose's peak, by the agent's plasma observable, read from the typed exposure record. */
class ExactPointsTest {

    @Test
    void eachDosePeakIsAPointOfItsAgentsObservable() {
        AgentExposure dox = new AgentExposure("doxorubicin", "doxorubicin_plasma", "mg/L", "mg day/L", true, List.of(
                new DoseExposure(0, 21, 2.4, 0.001, 0.083), new DoseExposure(21, 42, 2.41, 21.002, 0.084),
                new DoseExposure(42, 63, Double.NaN, Double.NaN, 0)));
        AgentExposure unobserved = new AgentExposure("x", null, "mg/L", "mg day/L", false,
                List.of(new DoseExposure(0, 1, 1, 0.5, 1)));
        var points = ExactPoints.of(List.of(dox, unobserved));
        assertThat(points).containsOnlyKeys("doxorubicin_plasma");
        assertThat(points.get("doxorubicin_plasma")).containsExactly(new double[] {0.001, 2.4}, new double[] {21.002, 2.41});
        assertThat(ExactPoints.of(List.of())).isEmpty();
    }
}
