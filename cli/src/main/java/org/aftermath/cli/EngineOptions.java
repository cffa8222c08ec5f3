package org.aftermath.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.TaskEngines;
import picocli.CommandLine.Option;

/**
 * Where the independent runs of a command go ({@code cohort}'s patients, {@code sensitivity}'s design rows): the
 * {@code --engine} and {@code --engine-conf} options, shared by the commands as a picocli mixin.
 */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "NAME",
            description = "where the runs go: local (this machine's threads, the default) or an engine on the class"
                    + " path (spark, when started by ./aftermath or spark-submit)")
    private String engine = TaskEngines.LOCAL;

    @Option(names = "--engine-conf", paramLabel = "KEY=VALUE",
            description = "a setting of the engine (repeatable), e.g. spark.master=spark://HOST:7077 for --engine spark")
    private Map<String, String> engineConf = new LinkedHashMap<>();

    /**
     * @param workers worker threads on this machine (&ge; 1)
     * @return the engine's executor; the caller closes it
     * @throws BadOptionException naming {@code --engine} if the engine is unknown or refuses a setting
     */
    IndexedExecutor executor(int workers) {
        try {
            return TaskEngines.executor(engine, workers, engineConf);
        } catch (IllegalArgumentException e) {
            throw new BadOptionException("--engine: " + e.getMessage());
        }
    }
}
