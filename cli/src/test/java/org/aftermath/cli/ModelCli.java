package org.aftermath.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code aftermath ARGS} as {@link Main#execute} does, with {@code model} registered even
 * before Main lists it (same handlers: {@link Failures}, exit 2 for bad options).
 */
final class ModelCli {

    record Outcome(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private ModelCli() { }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        CommandLine cli = new CommandLine(new Main());
        if (!cli.getSubcommands().containsKey("model")) {
            cli.addSubcommand(new ModelCommand());
        }
        cli.setOut(o);
        cli.setErr(e);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, a) -> {
            e.println("aftermath: " + ex.getMessage());
            return Main.BAD_INPUT;
        });
        int status = cli.execute(args);
        o.flush();
        e.flush();
        return new Outcome(status, out.toString(), err.toString());
    }
}
