package org.aftermath.cli;


/**
 * The option values several simulating commands check alike: worker threads. Each check throws a
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
}
