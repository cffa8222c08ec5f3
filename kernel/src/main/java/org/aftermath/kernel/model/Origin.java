package org.aftermath.kernel.model;

/**
 * Where a model element was declared, for error messages.
 *
 * @param file a file name or resource id, never null
 * @param line 1-based line, or 0 when unknown
 */
public record Origin(String file, int line) {
    /** For elements built in code. */
    public static final Origin BUILT_IN = new Origin("<built-in>", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
