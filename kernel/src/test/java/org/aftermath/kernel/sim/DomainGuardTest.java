package org.aftermath.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * The run-time domain of marked species: a species drained at a constant rate crosses 0 on a known
 * day (A = 1 - t/2: day 2), which the guard reports to within the tolerance; values outside the
 * domain by less than the solver's tolerance pass; unmarked species are never checked.
 */
class DomainGuardTest {

    private static final Tolerances TOL = new Tolerances(1e-8, 1e-10);

    private static CompiledModel compile(String antimony) {
        return ModelCompiler.compile(AntimonyReader.parse(antimony, "t.ant"));
    }

    private static void run(CompiledModel m, double days, String integrator) {
        new Simulator(m).run(null, 0, days, IntegratorKind.of(integrator).create(TOL),
                List.of(new DomainGuard(m, integrator, TOL, null)));
    }

    @Test
    void aMarkedSpeciesDrainedBelowZeroStopsTheRunOnTheDayItCrosses() {
        for (String integrator : List.of("auto", "rosenbrock")) {
            CompiledModel m = compile("""
                    species A = 1; A has cells  //@ domain: [0, inf)
                    unit cells = item
                    J: A -> ; 0.5
                    """);
            assertThatThrownBy(() -> run(m, 5, integrator))
                    .isInstanceOfSatisfying(IntegrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(IntegrationException.Reason.LEFT_DOMAIN);
                        // A(t) = 1 - t/2 falls below -(1e-10 + 1e-8 x 1) just after day 2
                        assertThat(e.time()).isCloseTo(2.0, within(1e-6));
                        assertThat(e.detail()).startsWith("species A = -").contains("cells on day 2.00000")
                                .contains("left its domain [0, inf)");
                    });
        }
    }

    @Test
    void anUnmarkedSpeciesIsNotChecked() {
        CompiledModel m = compile("""
                species A = 1
                J: A -> ; 0.5
                """);
        DomainGuard guard = new DomainGuard(m, "auto", TOL, null);
        assertThat(guard.guarded()).isEmpty();
        run(m, 5, "auto");
    }

    @Test
    void anEventOutsideTheDomainFailsOnlyBeyondTheTolerance() {
        String model = """
                species A = 1; species B = 0  //@ domain: [0, inf)
                E: at time >= 1: B = %s
                """;
        // the slack for B at day 1 is atol + rtol x its largest magnitude so far (0): 1e-10
        run(compile(model.formatted("-0.5e-10")), 2, "auto");
        assertThatThrownBy(() -> run(compile(model.formatted("-2e-10")), 2, "auto"))
                .isInstanceOfSatisfying(IntegrationException.class, e -> {
                    assertThat(e.time()).isEqualTo(1.0);
                    assertThat(e.detail()).startsWith("species B = -2.00000e-10 on day 1.00000");
                });
    }
}
