package org.aftermath.cohort.run;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The available {@link CohortEngine}s: the built-in {@value #LOCAL} one, then those on the class path. */
public final class CohortEngines {

    /** The built-in engine: this machine's threads. */
    public static final String LOCAL = "local";

    private CohortEngines() {
    }

    /** @return the engine names, {@value #LOCAL} first */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(LOCAL);
        for (CohortEngine e : ServiceLoader.load(CohortEngine.class)) {
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
    public static CohortExecutor executor(String name, int threads) {
        if (LOCAL.equals(name)) {
            return new LocalCohortExecutor(threads);
        }
        for (CohortEngine e : ServiceLoader.load(CohortEngine.class)) {
            if (e.name().equals(name)) {
                return e.executor(threads);
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "' (available: " + String.join(", ", names())
                + ")");
    }
}
