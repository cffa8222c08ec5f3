package org.aftermath.cohort.run;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftermath.output.Sha256;
import org.aftermath.tmen.models.ModelFile;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;

/**
 * A scenario file and the user's model files it names, as texts: what a worker on another machine (a Spark
 * executor) needs to rebuild the scenario without this machine's disk. Serializable; read it on the driver with
 * {@link #read}.
 *
 * @param file       the scenario file's name as the user gave it (for messages only)
 * @param text       the scenario file's text (YAML)
 * @param sha256     SHA-256 of the scenario file's bytes, lower-case hex
 * @param modelFiles the user's model files its {@code model:} names, file name → text, in file-name order; empty
 *                   for the bundled model
 */
public record ScenarioFiles(String file, String text, String sha256, Map<String, String> modelFiles)
        implements Serializable {

    public ScenarioFiles {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        modelFiles = Collections.unmodifiableMap(new TreeMap<>(modelFiles));
    }

    /**
     * Reads a scenario file and the model files it references.
     *
     * @param file the scenario (UTF-8 YAML)
     * @return its texts
     * @throws ScenarioException naming the file if it cannot be read, is not UTF-8, is invalid, or its {@code model:}
     *                           cannot be resolved
     */
    public static ScenarioFiles read(Path file) {
        String name = file.toString();
        byte[] bytes = bytes(file, name);
        String text = utf8(bytes, name);
        Scenario scenario = ScenarioReader.read(text, name);
        Map<String, String> models = new LinkedHashMap<>();
        if (!scenario.model().equals(Scenario.BUILT_IN_MODEL)) {
            ModelSource source = ModelSource.of(scenario);
            for (ModelFile f : source.files()) {
                if (!f.builtIn()) {
                    models.put(f.name(), f.text());
                }
            }
            models.putAll(source.moduleTexts());
        }
        return new ScenarioFiles(name, text, Sha256.hex(bytes), models);
    }

    /**
     * Texts of a scenario that uses the bundled model (or bundled model files only), e.g. written by a program.
     *
     * @param file the name messages use
     * @param text the scenario's YAML
     * @return its texts, with the SHA-256 of the text's UTF-8 bytes
     */
    public static ScenarioFiles of(String file, String text) {
        return new ScenarioFiles(file, text, Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    /** @return the scenario, read from {@link #text} (named by {@link #file} in messages) */
    public Scenario scenario() {
        return ScenarioReader.read(text, file);
    }

    /**
     * @param scenario this scenario as read ({@link #scenario()})
     * @return its model built from {@link #modelFiles}, or null when the scenario uses bundled files only (the
     *         compiler then resolves them itself)
     */
    public ModelSource model(Scenario scenario) {
        return modelFiles.isEmpty() ? null : ModelSource.ofTexts(scenario.model(), modelFiles);
    }

    private static byte[] bytes(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name, "", "is a directory, not a scenario file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, "", "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot be read: " + e.getMessage());
        }
    }

    private static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, "", "is not UTF-8 text");
        }
    }
}
