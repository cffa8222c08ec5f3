package org.aftermath.cohort.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The available {@link TaskEngine}s: the built-in {@value #LOCAL} one, then those on the class path. */
public final class TaskEngines {

    /** The built-in engine: this machine's threads. */
    public static final String LOCAL = "local";
    /** The Apache Spark engine's name (module {@code spark}, not on the command-line tool's own class path). */
    public static final String SPARK = "spark";

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
        return executor(name, threads, Map.of());
    }

    /**
     * @param name    an engine name from {@link #names()}
     * @param threads worker threads (&ge; 1)
     * @param options the engine's settings ({@link TaskEngine#executor(int, Map)})
     * @return the engine's executor; close it when done
     * @throws IllegalArgumentException naming the available engines if {@code name} is not one, or the setting the
     *                                  engine refuses
     */
    public static IndexedExecutor executor(String name, int threads, Map<String, String> options) {
        if (LOCAL.equals(name)) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("engine '" + LOCAL + "' takes no --engine-conf settings (got "
                        + String.join(", ", options.keySet()) + ")");
            }
            return new LocalIndexedExecutor(threads);
        }
        for (TaskEngine e : ServiceLoader.load(TaskEngine.class)) {
            if (e.name().equals(name)) {
                return e.executor(threads, options);
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "' (available: " + String.join(", ", names())
                + ")" + (name.equals(SPARK) ? "; the spark engine joins the class path when the tool is started by"
                + " ./aftermath (which builds it) or by spark-submit with aftermath-spark.jar" : ""));
    }
}
