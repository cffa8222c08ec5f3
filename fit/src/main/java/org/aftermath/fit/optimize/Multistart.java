package org.aftermath.fit.optimize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.cohort.tasks.IndexedExecutor;

/**
 * Runs the starts of a fit through an {@link IndexedExecutor} (this machine's threads, or any engine plugged into
 * the seam cohorts use) and collects them in start order.
 */
public final class Multistart {

    /** Told after each start, in start order; for a progress display. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores everything. */
        Progress NONE = (done, total, best) -> { };

        /**
         * @param done  starts finished
         * @param total starts in all
         * @param best  the lowest objective so far (+∞ when none is finite)
         */
        void update(int done, int total, double best);
    }

    private Multistart() {
    }

    /**
     * @param job      the fit
     * @param starts   the start points
     * @param executor the engine
     * @param progress told after each start
     * @return one result per start, in start order
     */
    public static List<StartResult> run(FitJob job, double[][] starts, IndexedExecutor executor, Progress progress) {
        List<StartResult> results = new ArrayList<>();
        double[] best = {Double.POSITIVE_INFINITY};
        try {
            executor.execute(new StartTask(job, starts), 0, starts.length, (index, result) -> {
                results.add(result);
                best[0] = Math.min(best[0], result.value());
                progress.update(results.size(), starts.length, best[0]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** @return the index of the lowest finite objective (the first on ties), or -1 */
    public static int best(List<StartResult> results) {
        int best = -1;
        for (int i = 0; i < results.size(); i++) {
            StartResult r = results.get(i);
            if (r.ok() && (best < 0 || r.value() < results.get(best).value())) {
                best = i;
            }
        }
        return best;
    }
}
