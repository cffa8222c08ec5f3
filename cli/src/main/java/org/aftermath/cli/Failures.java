package org.aftermath.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.ode.IntegrationException;
import org.aftermath.output.OutputRefusedException;
import org.aftermath.tmen.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear message on stderr and an exit status: bad input (scenario,
 * model, options) exits 2, a failed simulation or write exits 1. No stack trace unless
 * {@code AFTERMATH_DEBUG} is set.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int status;
        if (ex instanceof ScenarioException || ex instanceof BadOptionException || ex instanceof OutputRefusedException) {
            err.println("aftermath: " + ex.getMessage());
            status = Main.BAD_INPUT;
        } else if (ex instanceof ModelException me) {
            err.println("aftermath: the model has " + me.problems().size() + " problem(s):");
            me.problems().forEach(p -> err.println("  " + p));
            status = Main.BAD_INPUT;
        } else if (ex instanceof IntegrationException) {
            err.println("aftermath: simulation failed: " + ex.getMessage());
            err.println("  try --integrator rosenbrock, or looser tolerances (--rtol).");
            status = Main.FAILED;
        } else if (ex instanceof UncheckedIOException) {
            err.println("aftermath: " + ex.getMessage());
            status = Main.FAILED;
        } else {
            err.println("aftermath: internal error: " + ex);
            err.println("  please report it with the scenario; AFTERMATH_DEBUG=1 shows the stack trace.");
            status = Main.FAILED;
        }
        if (System.getenv("AFTERMATH_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return status;
    }
}
