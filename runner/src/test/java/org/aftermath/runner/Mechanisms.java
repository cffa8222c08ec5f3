package org.aftermath.runner;

import org.aftermath.runner.testing.Runs;

/** Test helper: runs scenario texts or example files of the microenvironment experiments. */
final class Mechanisms {

    private Mechanisms() { }

    static RunResult yaml(String text) {
        return Runs.run(text, RunOptions.DEFAULT.withOutputStep(0.25));
    }

    static RunResult example(String name) {
        return Runs.run(Runs.example("mechanisms/" + name), RunOptions.DEFAULT.withOutputStep(0.25));
    }

    /** @return the rise of a factor above baseline: peak fold change − 1 */
    static double rise(RunResult r, String factor) {
        return r.summary().factors().get(factor).peakFoldChange() - 1;
    }

    static String scenario(String days, String treatments, String extra) {
        return "name: t\ndays: " + days + "\ntumor:\n  cells: 1.0e9\n  growth:\n    law: gompertz\n"
                + "    carrying_capacity: 3.0e12\n    rate_per_day: 0.003\n"
                + (treatments.isEmpty() ? "" : "treatments:\n" + treatments) + extra;
    }
}
