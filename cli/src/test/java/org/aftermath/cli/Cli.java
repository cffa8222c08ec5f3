package org.aftermath.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The command-line tests' harness: runs {@code aftermath ARGS} end to end through
 * {@link Main#execute} (its handlers: {@link Failures}, exit 2 for bad options) and captures the
 * exit status, standard output and standard error.
 */
final class Cli {

    /**
     * @param status the exit status
     * @param out    standard output
     * @param err    standard error
     */
    record Outcome(int status, String out, String err) {
        /** @return standard output's lines */
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Cli() { }

    /** @return what {@code aftermath ARGS} did */
    static Outcome aftermath(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(status, out.toString(), err.toString());
    }
}
