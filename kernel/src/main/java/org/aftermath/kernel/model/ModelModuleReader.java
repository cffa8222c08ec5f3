package org.aftermath.kernel.model;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads model files of another format than Antimony as {@link ModelModule}s (found with
 * {@link ServiceLoader}; the {@code sbml} module provides SBML files, {@code .xml}).
 */
public interface ModelModuleReader {

    /** @return true if this reader reads the file (by its name, e.g. {@code nfkb.xml}) */
    boolean reads(String fileName);

    /**
     * @param name        the file's name
     * @param text        the file's text
     * @param mapping     the text of its mapping file (how it joins the host: see the reader), or null
     * @param shownAs     how messages name the file
     * @param hostTimeUnit the host model's time unit (Aftermath's scenarios: {@code day})
     * @return the module
     * @throws ModelException naming the file and the element when it cannot be read
     */
    ModelModule read(String name, String text, String mapping, String shownAs, String hostTimeUnit);

    /** @return the reader for a file name, if one is on the class path */
    static Optional<ModelModuleReader> forFile(String fileName) {
        for (ModelModuleReader r : ServiceLoader.load(ModelModuleReader.class)) {
            if (r.reads(fileName)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
