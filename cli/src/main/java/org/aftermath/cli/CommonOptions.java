package org.aftermath.cli;

import java.nio.file.Path;


/**
 * What several commands share: the worker-thread check and the default output folder. Each check throws a
 * {@link BadOptionException} naming the option. (The solver's are {@link SolverOptions}.)
 */
final class CommonOptions {

    private CommonOptions() { }

    /**
     * @param threads the {@code --threads} value, or null for all processors
     * @return the number of worker threads
     * @throws BadOptionException if it is below 1
     */
    static int workers(Integer threads) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new BadOptionException("--threads: must be >= 1 (got " + n + ")");
        }
        return n;
    }

    /**
     * The default output folder of a command named after its scenario: {@code out/<name>-<command>},
     * or {@code out/<name>} when the name already says it (starts with {@code <command>-} or ends with
     * {@code -<command>}), so {@code figure-3c-cohort} writes {@code out/figure-3c-cohort}, not
     * {@code out/figure-3c-cohort-cohort}.
     *
     * @param name    the scenario's name (a valid file name)
     * @param command the command's word: {@code cohort}, {@code optimize}, {@code sensitivity}
     * @return the folder
     */
    static Path defaultFolder(String name, String command) {
        boolean says = name.equals(command) || name.startsWith(command + "-") || name.endsWith("-" + command);
        return Path.of("out", says ? name : name + "-" + command);
    }
}
