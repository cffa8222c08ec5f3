package org.aftermath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsBarCountPercentElapsedAndEta() {
        assertThat(ProgressBar.line(0, 4, "scenarios", 0, "a"))
                .isEqualTo("[--------------------]  0/4 scenarios    0%  0:00 elapsed  a");
        // 1 of 4 done in 10 s: the other 3 take 30 s
        assertThat(ProgressBar.line(1, 4, "scenarios", 10_000_000_000L, "b"))
                .isEqualTo("[#####---------------]  1/4 scenarios   25%  0:10 elapsed  ETA 0:30  b");
        // 2 of 3 done in 50 s: 25 s left
        assertThat(ProgressBar.line(2, 3, "runs", 50_000_000_000L, null))
                .isEqualTo("[#############-------]  2/3 runs   67%  0:50 elapsed  ETA 0:25");
        assertThat(ProgressBar.line(4, 4, "scenarios", 40_000_000_000L, "ignored"))
                .isEqualTo("[####################]  4/4 scenarios  100%  0:40 elapsed");
    }

    @Test
    void clockRoundsToSecondsAndShowsHoursFromOneHour() {
        assertThat(ProgressBar.clock(0)).isEqualTo("0:00");
        assertThat(ProgressBar.clock(59_600_000_000L)).isEqualTo("1:00");
        assertThat(ProgressBar.clock(3_599_000_000_000L)).isEqualTo("59:59");
        assertThat(ProgressBar.clock(3_723_000_000_000L)).isEqualTo("1:02:03");
    }

    @Test
    void drawsInPlaceAndEndsTheLineWhenEnabled() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(5_000_000_000L);
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), "scenarios", 2, true, now::get)) {
            bar.working("a");
            now.addAndGet(3_000_000_000L);
            bar.finished("b");
            now.addAndGet(3_000_000_000L);
            bar.finished(null);
        }
        String[] frames = text.toString().split("\r", -1);
        assertThat(frames).hasSize(4);
        assertThat(frames[2]).startsWith("[##########----------]  1/2 scenarios   50%  0:03 elapsed  ETA 0:03  b");
        assertThat(frames[3]).startsWith("[####################]  2/2 scenarios  100%  0:06 elapsed");
        assertThat(text.toString()).endsWith(System.lineSeparator());
    }

    /** A run's bar follows the simulated days, redrawn at most five times a second however many steps report. */
    @Test
    void aRunsDaysAreDrawnAtMostFiveTimesASecond() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), "days", 147, true, now::get)) {
            bar.working("figure-3c");
            for (int step = 1; step <= 1000; step++) {
                now.addAndGet(10_000_000L);
                bar.reached(step * 0.147, "figure-3c");
            }
        }
        String[] frames = text.toString().split("\r", -1);
        // 10 s of steps at one frame per 200 ms, plus the first frame and the final one at the horizon
        assertThat(frames.length - 1).isBetween(50, 53);
        assertThat(frames[frames.length - 1]).startsWith("[####################]  147/147 days  100%  0:10 elapsed");
        assertThat(frames[2]).startsWith("[").contains("/147 days", "ETA", "figure-3c");
    }

    @Test
    void drawsNothingWhenDisabled() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), "scenarios", 2, false, () -> 0L)) {
            bar.working("a");
            bar.finished("b");
            bar.finished(null);
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void testsRunWithoutATerminalSoTheBarIsOff() {
        // surefire forks the JVM with piped standard streams: no console
        assertThat(ProgressBar.stderrIsTerminal()).isFalse();
    }
}
