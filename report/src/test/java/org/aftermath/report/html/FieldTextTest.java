package org.aftermath.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nadir_tumor_cells        | Nadir (cells)",
        "nadir_diameter_cm        | Nadir diameter (cm)",
        "tumor_volume_cm3         | Tumor volume (cm³)",
        "time_to_regrowth_days    | Time to regrowth (days)",
        "tumor_gy                 | Tumor (Gy)",
        "cells_per_cm3            | Cells per cm³",
        "partial_response_change  | Partial response change",
        "cm                       | Cm",
        "x_cm                     | X (cm)",
    })
    void labelsNameTheFieldWithItsUnit(String field, String label) {
        assertThat(FieldText.label(field)).isEqualTo(label);
    }
}
