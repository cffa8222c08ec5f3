package org.aftermath.report.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of observables known exactly at instants off the output grid, to be merged into their
 * curves so that a coarse grid does not cut peaks: each dose's Cmax (at {@code cmax_day}) from
 * the summary's {@code exposure} entries ({@code observable}, {@code doses[].cmax},
 * {@code doses[].cmax_day}), as the runner computes them from the dense output.
 */
public final class ExactPoints {
    private ExactPoints() { }

    /** @return observable name → (day, value) pairs, from the summary as JSON; empty when none */
    public static Map<String, List<double[]>> of(JsonNode summary) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (JsonNode agent : (Iterable<JsonNode>) summary.path("exposure")::elements) {
            String observable = agent.path("observable").asText(null);
            if (observable == null) {
                continue;
            }
            for (JsonNode dose : (Iterable<JsonNode>) agent.path("doses")::elements) {
                JsonNode day = dose.path("cmax_day");
                JsonNode cmax = dose.path("cmax");
                if (day.isNumber() && cmax.isNumber()) {
                    points.computeIfAbsent(observable, k -> new ArrayList<>())
                            .add(new double[] {day.doubleValue(), cmax.doubleValue()});
                }
            }
        }
        return points;
    }
}
