package org.aftermath.cohort.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftermath.cohort.sampling.LogNormal;
import org.aftermath.cohort.sampling.Marginal;
import org.aftermath.cohort.sampling.Uniform;
import org.junit.jupiter.api.Test;

/** Morris (1991) screening separates inert, linear and interacting inputs. */
class MorrisScreeningTest {

    private static InputSpace space() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        m.put("inert", new Uniform(0, 1));
        m.put("weak", new Uniform(0, 1));
        m.put("strong", new Uniform(0, 2));
        m.put("i1", new Uniform(0, 1));
        m.put("i2", new LogNormal(1, 0.3));
        return new InputSpace(m);
    }

    /** f = 1 * weak + 5 * strong + 3 * i1 * i2 (inert unused). */
    private static final OutcomeFunction F = x -> x[1] + 5 * x[2] + 3 * x[3] * x[4];

    @Test
    void ranksInertLinearAndInteractingInputs() {
        MorrisScreening morris = new MorrisScreening(space(), 40, 4, 3);
        assertThat(morris.runs()).isEqualTo(40 * 6);
        List<MorrisEffect> effects = morris.analyse(F);
        // linear inputs: every elementary effect = slope x range (per unit of probability), sigma = 0
        MorrisEffect strong = effects.get(2);
        assertThat(strong.muStar()).isCloseTo(10.0, within(1e-9));
        assertThat(strong.mu()).isCloseTo(10.0, within(1e-9));
        assertThat(strong.sigma()).isCloseTo(0.0, within(1e-9));
        assertThat(effects.get(1).muStar()).isCloseTo(1.0, within(1e-9));
        assertThat(effects.get(0).muStar()).isEqualTo(0.0);
        assertThat(effects.get(0).sigma()).isEqualTo(0.0);
        // interacting inputs: effects vary with the other input
        assertThat(effects.get(3).sigma()).isGreaterThan(0.1);
        assertThat(effects.get(4).sigma()).isGreaterThan(0.1);
        assertThat(MorrisScreening.ranked(effects).stream().map(MorrisEffect::name).toList())
                .startsWith("strong").endsWith("inert");
        assertThat(MorrisScreening.ranked(effects).get(4).name()).isEqualTo("inert");
        assertThat(effects.get(3).muStar()).isGreaterThan(effects.get(1).muStar());
        // reproducible with the seed
        assertThat(new MorrisScreening(space(), 40, 4, 3).analyse(F)).isEqualTo(effects);
    }

    @Test
    void validationMessages() {
        assertThatThrownBy(() -> new MorrisScreening(space(), 1, 4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("morris: trajectories must be >= 2, got 1");
        assertThatThrownBy(() -> new MorrisScreening(space(), 10, 5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("morris: levels must be even and >= 2, got 5");
        assertThatThrownBy(() -> new MorrisScreening(space(), 10, 4, 0).analyse(x -> Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("morris: model output is not finite on trajectory 0");
    }
}
