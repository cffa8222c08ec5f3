package org.aftermath.tmen.scenario;

import java.util.Objects;

/**
 * A scenario that cannot be read or compiled. The message is always one line,
 * {@code <file>: <field.path>: <problem>}, or {@code <file>: <problem>} when the problem concerns
 * the whole file (missing, empty, malformed YAML). Examples:
 * <pre>
 * fig.yaml: tumor.growth.doubling_days: must be &gt; 0 (got -3)
 * fig.yaml: treatments[1].name: duplicate treatment name 'chemo'
 * fig.yaml: no such file
 * </pre>
 * For command-line parameter overrides the file part is {@code --param}.
 */
public class ScenarioException extends RuntimeException {

    private final String file;
    private final String fieldPath;
    private final String problem;

    /**
     * @param file      the file name as the user gave it (or {@code --param}), non-empty
     * @param fieldPath dotted path with list indices ({@code treatments[0].name}), or "" for the
     *                  whole file
     * @param problem   what is wrong and what is allowed; line breaks are replaced by spaces
     */
    public ScenarioException(String file, String fieldPath, String problem) {
        super(format(file, fieldPath, problem));
        this.file = file;
        this.fieldPath = fieldPath;
        this.problem = oneLine(problem);
    }

    private static String format(String file, String fieldPath, String problem) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(problem, "problem");
        String line = oneLine(problem);
        return fieldPath.isEmpty() ? file + ": " + line : file + ": " + fieldPath + ": " + line;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** @return the file name as given to the reader, or {@code --param} */
    public String file() {
        return file;
    }

    /** @return the dotted field path, or "" when the problem concerns the whole file */
    public String fieldPath() {
        return fieldPath;
    }

    /** @return what is wrong, without file and path */
    public String problem() {
        return problem;
    }
}
