package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntegratorsTest {

    @Test
    void namesListsTheDefaultFirst() {
        assertThat(Integrators.names())
                .containsExactly("auto", "dormand-prince", "dormand-prince-853", "rosenbrock");
        assertThatThrownBy(() -> Integrators.names().add("euler")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void createReturnsAFreshInstanceWithThatName() {
        for (String name : Integrators.names()) {
            Integrator first = Integrators.create(name, Tolerances.DEFAULT);
            Integrator second = Integrators.create(name, Tolerances.DEFAULT);
            assertThat(first.name()).isEqualTo(name);
            assertThat(first).isNotSameAs(second);
        }
        assertThat(Integrators.create("auto", Tolerances.DEFAULT)).isInstanceOf(AutoIntegrator.class);
        assertThat(Integrators.create("rosenbrock", Tolerances.DEFAULT)).isInstanceOf(RosenbrockIntegrator.class);
        assertThat(((DormandPrinceIntegrator) Integrators.create("dormand-prince-853", Tolerances.DEFAULT))
                           .tableau().order()).isEqualTo(8);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Integrators.create("rk4", Tolerances.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rk4'")
                .hasMessageContaining("auto, dormand-prince, dormand-prince-853, rosenbrock");
        assertThatThrownBy(() -> Integrators.create(null, Tolerances.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rosenbrock");
    }
}
