package org.aftermath.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Writes a fit's report beside its tables (the report module's {@code FitReportWriter}); {@link #NONE} writes nothing. */
public interface FitReport {

    /** No report. */
    FitReport NONE = new FitReport() {
        @Override
        public List<String> write(FitResult result, Function<String, Path> file) {
            return List.of();
        }
    };

    /**
     * @param result the fit
     * @param file   where a named output goes
     * @return the names written
     * @throws IOException on a write failure
     */
    List<String> write(FitResult result, Function<String, Path> file) throws IOException;
}
