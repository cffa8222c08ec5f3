package org.aftermath.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.aftermath.output.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aftermath} command: a thin shell over the library. */
@Command(name = "aftermath",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Simulates genotoxic therapy, the damaged tumour microenvironment and tumour repopulation.",
        subcommands = {RunCommand.class, AgentsCommand.class, CompareCommand.class, ModelCommand.class, CohortCommand.class, OptimizeCommand.class,
                SensitivityCommand.class, SbmlCommand.class, FitCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status when the simulation itself failed. */
    public static final int FAILED = 1;
    /** Exit status for bad input: scenario, model, options. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns the exit status; never throws, never prints a stack
     * trace (set {@code AFTERMATH_DEBUG=1} to see one for an internal error).
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit status
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new CommandLine(new Main()), out, err, args);
    }

    /** {@link #execute(PrintWriter, PrintWriter, String...)} of a given command line (tests add commands). */
    static int execute(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.registerConverter(Path.class, Main::path);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("aftermath: " + ex.getMessage());
            err.println("Try 'aftermath " + commandName(ex.getCommandLine()) + "--help' for usage.");
            err.flush();
            return BAD_INPUT;
        });
        int status;
        try {
            status = cli.execute(args);
        } catch (Throwable t) {
            // errors (out of memory, stack overflow) pass picocli's exception handler
            status = Failures.report(t, err);
        }
        out.flush();
        err.flush();
        return status;
    }

    /** @return {@code text} as a path; one that is none (a NUL character) is refused without Java's words */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text.replace("\0", "\\0") + "' is not a path: "
                    + e.getReason());
        }
    }

    private static String commandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(out, err, args));
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aftermath " + ToolVersion.get()};
        }
    }
}
