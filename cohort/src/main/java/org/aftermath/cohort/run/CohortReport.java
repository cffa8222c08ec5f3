package org.aftermath.cohort.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.output.Manifest;

/** Writes a human-readable report into a finished cohort folder, before its manifest is marked complete. */
public interface CohortReport {

    /** Writes nothing. */
    CohortReport NONE = new CohortReport() {
        @Override
        public List<String> files() {
            return List.of();
        }

        @Override
        public void write(Path folder, CohortSummary summary, Manifest<CohortDetails> manifest) {
        }
    };

    /** @return the names of the files {@link #write} creates (listed in the manifest before they exist) */
    List<String> files();

    /**
     * @param folder   the cohort folder
     * @param summary  the cohort's summary
     * @param manifest its manifest (still {@code complete: false})
     * @throws IOException on a write failure
     */
    void write(Path folder, CohortSummary summary, Manifest<CohortDetails> manifest) throws IOException;
}
