package org.aftermath.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with an estimated time to completion, redrawn in place on stderr
 * ({@code \r}) after each finished item, or as a run's simulated days advance, for long work (a
 * run, several scenarios, cohorts, studies):
 *
 * <pre>  [##########----------]  1/2 scenarios  50%  0:03 elapsed  ETA 0:03  figure-3a-td60</pre>
 *
 * <p>The ETA assumes the remaining items take as long as the finished ones did on average:
 * {@code elapsed × (total − done) / done}. The bar is drawn only when {@code enabled}; use
 * {@link #forStderr} to decide that by {@link #stderrIsTerminal()}, so redirected output and
 * logs stay free of control characters.
 */
final class ProgressBar implements AutoCloseable {
    /** Width of the bar in characters. */
    static final int WIDTH = 20;
    /** Shortest interval between two redraws by {@link #reached}, nanoseconds. */
    static final long REDRAW_NS = 200_000_000L;

    private final PrintWriter out;
    private final String unit;
    private final int total;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private final long start;
    private int done;
    private boolean drawn;
    private long lastDraw;

    /**
     * @param out       where to draw (stderr)
     * @param unit      what is counted, plural ("scenarios")
     * @param total     number of items, &gt; 0
     * @param enabled   false to draw nothing at all
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    ProgressBar(PrintWriter out, String unit, int total, boolean enabled, LongSupplier nanoClock) {
        if (total <= 0) {
            throw new IllegalArgumentException("total must be > 0, got " + total);
        }
        this.out = out;
        this.unit = unit;
        this.total = total;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** @return a bar on {@code err}, drawn only if {@link #stderrIsTerminal()} */
    static ProgressBar forStderr(PrintWriter err, String unit, int total) {
        return new ProgressBar(err, unit, total, stderrIsTerminal(), System::nanoTime);
    }

    /** Shows that {@code item} is being worked on (before the first item is done: no ETA yet). */
    void working(String item) {
        draw(item);
    }

    /** Records one finished item and redraws; {@code next} names the item now being worked on, or null. */
    void finished(String next) {
        done = Math.min(total, done + 1);
        draw(next);
    }

    /**
     * Shows that {@code amount} of the total is reached — a continuous measure such as simulated
     * days — redrawn at most every {@value #REDRAW_NS} ns (an integrator takes thousands of steps).
     */
    void reached(double amount, String item) {
        if (!enabled) {
            return;
        }
        int now = (int) Math.floor(Math.min(total, Math.max(0, amount)));
        if (now == done && drawn) {
            return;
        }
        long t = nanoClock.getAsLong();
        if (drawn && now < total && t - lastDraw < REDRAW_NS) {
            return;
        }
        done = now;
        draw(item);
    }

    /** Ends the line if anything was drawn. */
    @Override
    public void close() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    private void draw(String item) {
        if (!enabled) {
            return;
        }
        lastDraw = nanoClock.getAsLong();
        out.print('\r' + line(done, total, unit, lastDraw - start, item) + "\u001b[K");
        out.flush();
        drawn = true;
    }

    /**
     * @param done       finished items
     * @param total      all items
     * @param unit       what is counted
     * @param elapsedNs  time since the start, nanoseconds
     * @param item       the item being worked on, or null
     * @return the bar's text, without control characters
     */
    static String line(int done, int total, String unit, long elapsedNs, String item) {
        int filled = (int) Math.floor((double) done / total * WIDTH);
        StringBuilder b = new StringBuilder("[");
        b.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("]  ");
        b.append(done).append('/').append(total).append(' ').append(unit);
        b.append(String.format(Locale.ROOT, "  %3d%%", Math.round(100.0 * done / total)));
        b.append("  ").append(clock(elapsedNs)).append(" elapsed");
        if (done > 0 && done < total) {
            b.append("  ETA ").append(clock(Math.round((double) elapsedNs * (total - done) / done)));
        }
        if (item != null && done < total) {
            b.append("  ").append(item);
        }
        return b.toString();
    }

    /** @return a duration as {@code m:ss}, or {@code h:mm:ss} from one hour, rounded to the second */
    static String clock(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Whether stderr is an interactive terminal. Java has no direct test, so this is a heuristic:
     * {@link System#console()} must be non-null (stdin and stdout are a terminal), {@code TERM}
     * must not be {@code dumb}, and where {@code /proc/self/fd/2} exists (Linux) it must point to
     * a terminal device ({@code /dev/pts/*} or {@code /dev/tty*}); elsewhere the console test
     * alone decides. So {@code 2> log.txt}, pipes, CI and IDE consoles stay quiet.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
