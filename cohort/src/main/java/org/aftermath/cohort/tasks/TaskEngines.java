package org.aftermath.cohort.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The available {@link TaskEngine}s: the built-in {@value #LOCAL} one, then those on the class path. */
public final class TaskEngines {

    /** The built-in engine: this machine's threads. */
    public static final String LOCAL = "local";

    private TaskEngines() {
    }

    /** @return the engine names, {@value #LOCAL} first */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(LOCAL);
        for (TaskEngine e : ServiceLoader.load(TaskEngine.class)) {
            names.add(e.name());
        }
        return names;
    }

    /**
     * @param name    an engine name from {@link #names()}
     * @param threads worker threads (&ge; 1)
     * @return the engine's executor
     * @throws IllegalArgumentException naming the available engines if {@code name} is not one
     */
    public static IndexedExecutor executor(String name, int threads) {
        if (LOCAL.equals(name)) {
            return new LocalIndexedExecutor(threads);
        }
        for (TaskEngine e : ServiceLoader.load(TaskEngine.class)) {
            if (e.name().equals(name)) {
                return e.executor(threads);
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "' (available: " + String.join(", ", names())
                + ")");
    }
}
