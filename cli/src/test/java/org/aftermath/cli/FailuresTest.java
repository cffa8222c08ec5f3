package org.aftermath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
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
}
