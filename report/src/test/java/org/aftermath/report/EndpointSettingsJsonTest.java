package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.aftermath.output.Json;
import org.aftermath.tmen.scenario.EndpointSettings;
import org.junit.jupiter.api.Test;

/**
 * summary.json spells the endpoint settings' assessment schedule as it did when it was a string
 * and a nullable number: {@code assessment} is the mode, {@code assessment_every_days} the days
 * between scans or null, both last, in that order.
 */
class EndpointSettingsJsonTest {

    private static String json(EndpointSettings.AssessmentSchedule a) throws IOException {
        return Json.toJson(new EndpointSettings(1e9, -0.3, 0.2, 1e8, a)).replaceAll("\\s+", "");
    }

    @Test
    void eachScheduleIsWrittenAsModeAndDays() throws IOException {
        String head = "{\"cells_per_cm3\":1.0E9,\"partial_response_change\":-0.3,\"progression_change\":0.2,"
                + "\"detectable_cells\":1.0E8,";
        assertThat(json(EndpointSettings.AssessmentSchedule.BEFORE_DOSES))
                .isEqualTo(head + "\"assessment\":\"before_doses\",\"assessment_every_days\":null}");
        assertThat(json(EndpointSettings.AssessmentSchedule.CONTINUOUS))
                .isEqualTo(head + "\"assessment\":\"continuous\",\"assessment_every_days\":null}");
        assertThat(json(new EndpointSettings.EveryDays(7)))
                .isEqualTo(head + "\"assessment\":\"every_days\",\"assessment_every_days\":7.0}");
    }
}
