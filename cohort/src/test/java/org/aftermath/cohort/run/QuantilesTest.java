package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Type-7 quantiles against values computed by hand (and by R's quantile(x, p, type = 7)). */
class QuantilesTest {

    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] x = {1, 2, 3, 4};
        // h = 3 p: 0.15 -> 1 + 0.15; 1.5 -> 2.5; 2.85 -> 3 + 0.85
        assertThat(Quantiles.ofSorted(x, 0.05)).isCloseTo(1.15, within(1e-15));
        assertThat(Quantiles.ofSorted(x, 0.5)).isEqualTo(2.5);
        assertThat(Quantiles.ofSorted(x, 0.95)).isCloseTo(3.85, within(1e-15));
        assertThat(Quantiles.ofSorted(x, 0.0)).isEqualTo(1.0);
        assertThat(Quantiles.ofSorted(x, 1.0)).isEqualTo(4.0);
    }

    @Test
    void matchesR() {
        // sort(c(3, 1, 4, 1, 5, 9, 2, 6)) = 1 1 2 3 4 5 6 9; quantile(., 0.9) = 6 + 0.3 * 3 = 6.9
        double[] x = {1, 1, 2, 3, 4, 5, 6, 9};
        assertThat(Quantiles.ofSorted(x, 0.9)).isCloseTo(6.9, within(1e-12));
        // h = 7 * 0.05 = 0.35 between the two 1s; the median of an even sample is the mean of the middle two
        assertThat(Quantiles.ofSorted(x, 0.05)).isEqualTo(1.0);
        assertThat(Quantiles.ofSorted(x, 0.5)).isEqualTo(3.5);
        // five values: h = 4 p; p95 -> 3.8 -> 4 + 0.8 * (10 - 4)
        double[] y = {1, 2, 3, 4, 10};
        assertThat(Quantiles.ofSorted(y, 0.95)).isCloseTo(8.8, within(1e-12));
        assertThat(Quantiles.ofSorted(y, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(Quantiles.ofSorted(new double[] {7}, 0.3)).isEqualTo(7.0);
    }

    @Test
    void refusesEmptySamplesAndBadProbabilities() {
        assertThatThrownBy(() -> Quantiles.ofSorted(new double[0], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.ofSorted(new double[] {1}, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
