package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e9          | 1 × 10⁹",
        "6.2077e6     | 6.21 × 10⁶",
        "9.996e6      | 1 × 10⁷",
        "4.3e-4       | 4.3 × 10⁻⁴",
        "2.0517e-4    | 2.05 × 10⁻⁴",
        "99990        | 99990",
        "99999        | 1 × 10⁵",
        "100000       | 1 × 10⁵",
        "93.4234      | 93.42",
        "0.12746      | 0.1275",
        "126          | 126",
        "0.001        | 0.001",
        "-2.5         | −2.5",
        "-3.1e12      | −3.1 × 10¹²",
        "0            | 0",
    })
    void formatsForReaders(double value, String text) {
        assertThat(NumberText.of(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"NaN, —", "Infinity, ∞", "-Infinity, −∞"})
    void nonFiniteValues(double value, String text) {
        assertThat(NumberText.of(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0        | < 10⁻⁶",
        "9.99e-7  | < 10⁻⁶",
        "1e-6     | 1 × 10⁻⁶",
        "0.135335 | 0.1353",
        "1        | 1",
    })
    void probabilitiesBelowOneInAMillionAreShownAsABound(double p, String text) {
        assertThat(NumberText.probability(p)).isEqualTo(text);
    }

    @Test
    void dayListsReadAsRunsOfEquallySpacedDays() {
        assertThat(NumberText.days(List.of(0.0, 21.0, 42.0, 63.0, 84.0, 105.0))).isEqualTo("0–105 every 21 days");
        assertThat(NumberText.days(List.of(2.0, 3.0, 4.0, 5.0, 9.0, 10.0, 11.0))).isEqualTo("2–5 daily, 9–11 daily");
        assertThat(NumberText.days(List.of(0.0, 5.0, 12.0))).isEqualTo("0, 5, 12");
        assertThat(NumberText.days(List.of(0.0, 1.0, 7.0, 8.0, 9.0))).isEqualTo("0, 1, 7–9 daily");
        assertThat(NumberText.days(List.of(0.5))).isEqualTo("0.5");
        assertThat(NumberText.days(List.of())).isEmpty();
    }
}
