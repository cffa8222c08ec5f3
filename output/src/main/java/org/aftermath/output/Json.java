package org.aftermath.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JSON convention of every output: snake_case keys from record components, pretty-printed,
 * nulls kept (a null is an answer, e.g. "never regrew"), doubles in shortest round-trip form.
 * Files are replaced atomically where the file system allows (written beside, then moved), so a
 * reader never sees half a file. Reading ignores keys the record does not have.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() { }

    /**
     * @param value a record (or map/list of them, or a tree)
     * @param file  the file to write (replaced)
     * @throws IOException on a write failure
     */
    public static void write(Object value, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        WRITER.writeValue(tmp.toFile(), value);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * @return the file's JSON as {@code type}
     * @throws IOException if it cannot be read or is not that JSON
     */
    public static <T> T read(Path file, Class<T> type) throws IOException {
        return MAPPER.readValue(file.toFile(), type);
    }

    /** @return {@code value} as a JSON tree, with the same key names as {@link #write} */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @return an empty JSON object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @return the tree as {@code type}
     * @throws IllegalArgumentException if it does not fit
     */
    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** @return the JSON text of {@code value} */
    public static String toJson(Object value) throws IOException {
        return WRITER.writeValueAsString(value);
    }
}
