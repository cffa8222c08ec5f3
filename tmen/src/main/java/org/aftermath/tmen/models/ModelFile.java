package org.aftermath.tmen.models;

import java.util.Objects;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;

/**
 * One Antimony model file: a module of a model.
 *
 * @param name    the file name, e.g. {@code tumor-exponential.ant}; the module's identity when
 *                a user file replaces a built-in one
 * @param text    the file's text
 * @param shownAs how messages name the file: the class-path resource for built-in files, the
 *                path as resolved for the user's
 * @param builtIn true for a file bundled with Aftermath
 */
public record ModelFile(String name, String text, String shownAs, boolean builtIn) {

    /** File-name suffix of model files. */
    public static final String SUFFIX = ".ant";

    public ModelFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shownAs, "shownAs");
    }

    /**
     * @return the file read with the kernel's Antimony reader; origins name {@link #shownAs()}.
     *         A bundled file is read once and its (immutable) model shared.
     * @throws org.aftermath.kernel.model.ModelException naming file and line of every problem
     */
    public Model read() {
        return builtIn ? BuiltInModels.read(this) : parse();
    }

    /** @return the file read with the kernel's Antimony reader, every time */
    Model parse() {
        return AntimonyReader.parse(text, shownAs);
    }
}
