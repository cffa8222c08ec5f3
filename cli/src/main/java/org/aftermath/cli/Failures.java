package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.aftermath.fit.io.ProblemException;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.RosenbrockIntegrator;
import org.aftermath.output.OutputRefusedException;
import org.aftermath.tmen.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * Turns whatever a command throws — exceptions and errors (out of memory, stack overflow), also
 * when a worker thread threw them and they arrive wrapped — into one clear message on stderr and
 * an exit status: bad input (scenario, model, options, output folder) exits 2, a failed simulation
 * or write exits 1. No stack trace unless {@code AFTERMATH_DEBUG} is set.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex, cl.getErr());
    }

    /**
     * Prints what went wrong and returns the exit status.
     *
     * @param thrown what a command threw
     * @param err    standard error
     * @return {@link Main#BAD_INPUT} or {@link Main#FAILED}
     */
    static int report(Throwable thrown, PrintWriter err) {
        Throwable t = cause(thrown);
        int status;
        if (t instanceof OutOfMemoryError) {
            err.println("aftermath: out of memory (" + t.getMessage() + "): the job needs more than the Java heap's "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; make it smaller (--step, --patients,"
                    + " --samples) or give Java more (AFTERMATH_JAVA_OPTS=-Xmx8g)");
            status = Main.FAILED;
        } else if (t instanceof StackOverflowError) {
            err.println("aftermath: stack overflow: an input is nested too deeply to process (an expression in a"
                    + " model file, or the YAML); simplify its deepest nesting");
            status = Main.FAILED;
        } else if (t instanceof ScenarioException || t instanceof BadOptionException
                || t instanceof OutputRefusedException || t instanceof ProblemException) {
            err.println("aftermath: " + t.getMessage());
            status = Main.BAD_INPUT;
        } else if (t instanceof ModelException me) {
            err.println("aftermath: the model has " + me.problems().size() + " problem(s):");
            me.problems().forEach(p -> err.println("  " + p));
            status = Main.BAD_INPUT;
        } else if (t instanceof IntegrationException ie) {
            err.println("aftermath: simulation failed: " + t.getMessage());
            err.println("  " + hint(ie));
            status = Main.FAILED;
        } else if (t instanceof UncheckedIOException || t instanceof IOException) {
            err.println("aftermath: " + (t instanceof IOException io ? "cannot read or write: " + describe(io)
                    : t.getMessage()));
            status = Main.FAILED;
        } else {
            err.println("aftermath: internal error: " + t + "; please report it with the scenario"
                    + " (AFTERMATH_DEBUG=1 shows the stack trace)");
            status = Main.FAILED;
        }
        if (System.getenv("AFTERMATH_DEBUG") != null) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /**
     * @return the throwable to report: a virtual-machine error anywhere in the cause chain (a worker
     *         ran out of memory), else the first of a kind this class knows, else {@code t}
     */
    static Throwable cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof VirtualMachineError) {
                return c;
            }
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ScenarioException || c instanceof BadOptionException || c instanceof OutputRefusedException
                    || c instanceof ModelException || c instanceof IntegrationException
                    || c instanceof UncheckedIOException || c instanceof IOException) {
                return c;
            }
        }
        return t;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            return (f.getFile() == null ? "" : f.getFile() + ": ")
                    + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return String.valueOf(e.getMessage());
    }

    /** @return what to try after a failed integration, by why and where it failed */
    static String hint(IntegrationException e) {
        return switch (e.reason()) {
            case NON_FINITE -> "a value of the model overflowed or became undefined: check the horizon (days:),"
                    + " the initial burden, rates and doses.";
            case STEP_UNDERFLOW, ATTEMPT_LIMIT -> e.integrator().equals(RosenbrockIntegrator.NAME)
                    ? "the stiff solver could not proceed either: try looser tolerances (--rtol, --atol), or check the"
                            + " model for a singularity near that time."
                    : "try --integrator rosenbrock, or looser tolerances (--rtol).";
            case SINGULAR_MATRIX -> "try looser tolerances (--rtol, --atol), or check the model for a singularity"
                    + " near that time.";
            case LEFT_DOMAIN -> "the solution crossed a bound the model keeps (a negative amount): try tighter"
                    + " tolerances (--rtol, --atol) or --integrator rosenbrock; if it persists, check the rates that"
                    + " drain that species.";
        };
    }
}
