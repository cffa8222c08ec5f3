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
}
