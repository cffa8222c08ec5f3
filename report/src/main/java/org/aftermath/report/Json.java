package org.aftermath.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/**
 * JSON output conventions: snake_case keys from record components, pretty-printed, nulls kept
 * (a null is an answer, e.g. "never regrew"), doubles in shortest round-trip form.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() { }

    /**
     * @param value a record (or map/list of them)
     * @param file  the file to write (replaced)
     * @throws IOException on a write failure
     */
    public static void write(Object value, Path file) throws IOException {
        WRITER.writeValue(file.toFile(), value);
    }

    /** @return {@code value} as a JSON tree, with the same key names as {@link #write} */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @return the JSON text of {@code value} */
    public static String toJson(Object value) throws IOException {
        return WRITER.writeValueAsString(value);
    }
}
