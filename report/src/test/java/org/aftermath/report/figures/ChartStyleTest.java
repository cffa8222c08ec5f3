package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartStyleTest {

    @ParameterizedTest
    @CsvSource({
        "0.4, 6, 0.1",     // raw 0.0667 -> next of 1, 2, 2.5, 5, 10 x 0.01
        "3, 6, 0.5",       // raw 0.5 exactly
        "147, 6, 25",      // raw 24.5
        "1, 4, 0.25",      // raw 0.25 exactly
        "9e9, 6, 2e9",     // raw 1.5e9
        "0, 6, 1",         // empty range: any step
    })
    void niceStepIsTheSmallestOf1_2_2p5_5TimesAPowerOfTenCoveringTheRange(double span, int ticks, double step) {
        assertThat(ChartStyle.niceStep(span, ticks)).isEqualTo(step);
    }
}
