package org.aftermath.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepSearchTest {

    @Test
    void interiorExtremaAreRefinedBetweenSamples() {
        // Bateman-like curve e^{-t} - e^{-10 t}: maximum at ln(10)/9
        double tmax = Math.log(10) / 9;
        StepSearch.Point max = StepSearch.maximum(0, 1, t -> Math.exp(-t) - Math.exp(-10 * t));
        assertThat(max.t()).isCloseTo(tmax, within(1e-8));
        assertThat(max.value()).isCloseTo(Math.exp(-tmax) - Math.exp(-10 * tmax), within(1e-14));
        StepSearch.Point min = StepSearch.minimum(0, 3, t -> (t - 1.2345) * (t - 1.2345) + 2);
        assertThat(min.t()).isCloseTo(1.2345, within(1e-8));
        assertThat(min.value()).isCloseTo(2, within(1e-14));
    }

    @Test
    void endpointExtremaAreTheEndpoints() {
        assertThat(StepSearch.maximum(0, 2, t -> -t)).isEqualTo(new StepSearch.Point(0, -0.0));
        assertThat(StepSearch.minimum(0, 2, t -> -t)).isEqualTo(new StepSearch.Point(2, -2));
    }

    @Test
    void crossingIsSolvedInsideTheBracket() {
        assertThat(StepSearch.crossing(t -> Math.exp(t), 2, 0, 1)).isCloseTo(Math.log(2), within(1e-10));
    }

    @Test
    void crossingIsSolvedAtAnyMagnitude() {
        // values of 1e-291: the product of two of them underflows, which Brent's bracket test
        // took for "interval does not bracket a root" (a burden after a 1 - 1e-10 kill)
        for (double scale : new double[] {1e-300, 3.7e-291, 1e-160, 1, 1e150, 1e300}) {
            assertThat(StepSearch.crossing(t -> scale * Math.exp(t), 2 * scale, 0, 1))
                    .as("scale %s", scale).isCloseTo(Math.log(2), within(1e-10));
        }
        // subnormal differences
        assertThat(StepSearch.crossing(t -> Double.MIN_VALUE * 1e6 * t, Double.MIN_VALUE * 3e5, 0, 1))
                .isCloseTo(0.3, within(1e-5));
    }
}
