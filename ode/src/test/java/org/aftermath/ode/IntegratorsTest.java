package org.aftermath.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntegratorsTest {

    @Test
    void namesListsTheDefaultFirst() {
        assertThat(IntegratorKind.ids())
                .containsExactly("auto", "dormand-prince", "dormand-prince-853", "rosenbrock");
        assertThatThrownBy(() -> IntegratorKind.ids().add("euler")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void createReturnsAFreshInstanceWithThatName() {
        for (String name : IntegratorKind.ids()) {
            Integrator first = IntegratorKind.of(name).create(Tolerances.DEFAULT);
            Integrator second = IntegratorKind.of(name).create(Tolerances.DEFAULT);
            assertThat(first.name()).isEqualTo(name);
            assertThat(first).isNotSameAs(second);
        }
        assertThat(IntegratorKind.AUTO.create(Tolerances.DEFAULT)).isInstanceOf(AutoIntegrator.class);
        assertThat(IntegratorKind.ROSENBROCK.create(Tolerances.DEFAULT)).isInstanceOf(RosenbrockIntegrator.class);
        assertThat(((DormandPrinceIntegrator) IntegratorKind.DORMAND_PRINCE_853.create(Tolerances.DEFAULT))
                           .tableau().order()).isEqualTo(8);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> IntegratorKind.of("rk4").create(Tolerances.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rk4'")
                .hasMessageContaining("auto, dormand-prince, dormand-prince-853, rosenbrock");
        assertThatThrownBy(() -> IntegratorKind.of(null).create(Tolerances.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rosenbrock");
    }
}
