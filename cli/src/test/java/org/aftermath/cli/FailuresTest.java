package org.aftermath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.StepListener;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Whatever a command throws — errors included, also wrapped as a worker thread's failure — ends in one line on
 * stderr and exit status 1, never a stack trace.
 */
class FailuresTest {

    /** A command that throws what it is given. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Throwable thrown;

        Boom(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Error e) {
                throw e;
            }
            throw (Exception) thrown;
        }
    }

    private static Throwable thrown(String kind) {
        return switch (kind) {
            case "oom" -> new OutOfMemoryError("Java heap space");
            case "oom-in-worker" -> new IllegalStateException(new ExecutionException(new OutOfMemoryError(
                    "Java heap space")));
            case "stack" -> new StackOverflowError();
            case "io" -> new AccessDeniedException("/data/out/summary.json");
            case "io-unknown" -> new IOException("No space left on device");
            case "assertion" -> new AssertionError("boom");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            oom           | aftermath: out of memory (Java heap space): the job needs more than the Java heap's
            oom-in-worker | aftermath: out of memory (Java heap space): the job needs more than the Java heap's
            stack         | aftermath: stack overflow: an input is nested too deeply to process
            io            | aftermath: cannot read or write: /data/out/summary.json: AccessDeniedException
            io-unknown    | aftermath: cannot read or write: No space left on device
            assertion     | aftermath: internal error: java.lang.AssertionError: boom; please report it
            """)
    void everyThrowableIsOneLineAndExitOne(String kind, String message) {
        CommandLine cli = new CommandLine(new Main()).addSubcommand("boom", new Boom(thrown(kind)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(cli, new PrintWriter(out), new PrintWriter(err), "boom");
        assertThat(status).isEqualTo(Main.FAILED);
        assertThat(err.toString()).startsWith(message).doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }

    // ---- what a failed simulation suggests, decided from the failure's fields (integrator and reason),
    // never by reading its message: the stiff solver is not suggested to a run already on it (issue 11:
    // days: 1e9 said "try --integrator rosenbrock" on rosenbrock)

    /** y' = y², y(0) = 1: blows up at t = 1. */
    private static final OdeSystem BLOW_UP = new OdeSystem() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = y[0] * y[0];
        }
    };

    /** y' = y: e^t overflows a double after t = 709.8 (a tumour doubling for 1e9 days). */
    private static final OdeSystem EXPONENTIAL = new OdeSystem() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            yDot[0] = y[0];
        }
    };

    private static IntegrationException failure(String integrator, OdeSystem system, double t1) {
        return catchThrowableOfType(IntegrationException.class, () -> IntegratorKind.of(integrator).create(Tolerances.DEFAULT)
                .integrate(system, 0, new double[] {1}, t1, StepListener.NONE, new IntegrationStats()));
    }

    @Test
    void theStiffSolverIsNotSuggestedToARunAlreadyOnIt() {
        for (OdeSystem system : new OdeSystem[] {BLOW_UP, EXPONENTIAL}) {
            IntegrationException e = failure("rosenbrock", system, 1e9);
            assertThat(e.integrator()).isEqualTo("rosenbrock");
            assertThat(Failures.hint(e)).doesNotContain("--integrator rosenbrock");
        }
    }

    @Test
    void anOverflowIsExplainedAsOneWhicheverTheSolver() {
        for (String integrator : new String[] {"dormand-prince", "rosenbrock", "auto"}) {
            IntegrationException e = failure(integrator, EXPONENTIAL, 1e9);
            assertThat(e.reason()).as(integrator).isEqualTo(IntegrationException.Reason.NON_FINITE);
            assertThat(Failures.hint(e)).contains("overflowed").doesNotContain("--integrator");
        }
    }

    @Test
    void aStepSizeUnderflowOnTheNonStiffSolverSuggestsTheStiffOne() {
        IntegrationException e = new IntegrationException("dormand-prince", IntegrationException.Reason.STEP_UNDERFLOW,
                "minimal step size reached", 3);
        assertThat(Failures.hint(e)).contains("--integrator rosenbrock");
        IntegrationException stiff = new IntegrationException("rosenbrock", IntegrationException.Reason.STEP_UNDERFLOW,
                "step size underflow", 3);
        assertThat(Failures.hint(stiff)).doesNotContain("--integrator").contains("--rtol");
    }
}
