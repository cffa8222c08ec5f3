package org.aftermath.kernel.compile;

/**
 * Where {@code delay(x, d)} finds x's past: the history the running simulation records, installed
 * for the current thread while the simulation runs (both back-ends call {@link #value}). Without
 * a history — initialisation before the run, or evaluation outside one — a delayed value is
 * the current one.
 */
public final class Delays {

    /** A run's record of the delayed quantities. */
    public interface History {
        /**
         * @param index   the delay call ({@code CompiledModel}'s delay index)
         * @param time    the past time asked for
         * @param current x's value now, for times the history does not cover yet
         * @return x at {@code time}: its value at the start for earlier times
         */
        double value(int index, double time, double current);
    }

    private static final ThreadLocal<History> CURRENT = new ThreadLocal<>();

    private Delays() { }

    /** @return the delayed value (see {@link History#value}); {@code current} when no history is installed */
    public static double value(int index, double time, double current) {
        History h = CURRENT.get();
        return h == null ? current : h.value(index, time, current);
    }

    /**
     * Installs a history for the current thread until the returned handle is closed.
     *
     * @return closes the installation, restoring the previous history
     */
    public static Installation install(History history) {
        History previous = CURRENT.get();
        CURRENT.set(history);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** An installed history; closing restores the previous one. */
    public interface Installation extends AutoCloseable {
        @Override
        void close();
    }
}
