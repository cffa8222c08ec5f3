package org.aftermath.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@value #FILE}: what produced a folder of outputs, so that anyone can rerun it and so that the
 * next command knows the folder is the tool's ({@link OutputPolicy}). One record for every
 * command: which tool and command wrote the folder, when, on which Java, and which files; the
 * command's own facts (a run's scenario, parameters and solver work, a cohort's patients and
 * seeds, a study's solver) are its {@code details}, a record written as further keys of the
 * same JSON object:
 * <pre>{ "tool": "aftermath", "command": "run", "version": ..., &lt;details' keys&gt;, "java_version": ...,
 *   "created_utc": ..., "files": [...] }</pre>
 *
 * @param tool        {@value #TOOL}
 * @param command     the command that wrote the folder, e.g. {@code run}, {@code cohort}, {@code sbml run}
 * @param version     the tool's version
 * @param details     the command's facts: a record whose keys differ from the header's
 * @param javaVersion the Java runtime
 * @param createdUtc  when the outputs were written, ISO-8601 UTC to the second
 * @param files       the folder's files, plain names, {@value #FILE} among them
 * @param <D>         the details' type
 */
public record Manifest<D>(String tool, String command, String version, D details, String javaVersion,
                          String createdUtc, List<String> files) {

    /** The file name of a manifest in an output folder. */
    public static final String FILE = "manifest.json";
    /** The {@code tool} of every manifest. */
    public static final String TOOL = "aftermath";

    private static final Set<String> HEADER = Set.of("tool", "command", "version", "java_version", "created_utc",
            "files");

    public Manifest {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(details, "details");
        files = List.copyOf(files);
    }

    /**
     * @param command the command writing the outputs
     * @param details its facts
     * @param files   the files it writes, {@value #FILE} among them
     * @return the manifest of outputs written now by this tool and runtime
     */
    public static <D> Manifest<D> of(String command, D details, List<String> files) {
        return new Manifest<>(TOOL, command, ToolVersion.get(), details, System.getProperty("java.version"),
                now(), files);
    }

    /** @return the current time, ISO-8601 UTC to the second */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** @return a copy with other details */
    public <E> Manifest<E> withDetails(E other) {
        return new Manifest<>(tool, command, version, other, javaVersion, createdUtc, files);
    }

    /** @return a copy written at another time */
    public Manifest<D> withCreatedUtc(String utc) {
        return new Manifest<>(tool, command, version, details, javaVersion, utc, files);
    }

    /** @return a copy listing other files */
    public Manifest<D> withFiles(List<String> names) {
        return new Manifest<>(tool, command, version, details, javaVersion, createdUtc, names);
    }

    /**
     * @return the manifest's JSON: the header, the details' keys, then runtime, time and files
     * @throws IllegalArgumentException if the details are not a JSON object or reuse a header key
     */
    public ObjectNode toTree() {
        JsonNode d = Json.toTree(details);
        if (!d.isObject()) {
            throw new IllegalArgumentException("manifest details must be a record, got " + details.getClass());
        }
        ObjectNode root = Json.object();
        root.put("tool", tool).put("command", command).put("version", version);
        d.fieldNames().forEachRemaining(k -> {
            if (HEADER.contains(k)) {
                throw new IllegalArgumentException("manifest details reuse the header key '" + k + "'");
            }
        });
        root.setAll((ObjectNode) d);
        root.put("java_version", javaVersion).put("created_utc", createdUtc);
        root.putArray("files").addAll(files.stream().map(f -> (JsonNode) root.textNode(f)).toList());
        return root;
    }

    /**
     * Writes the manifest, replacing the file atomically where the file system allows.
     *
     * @throws IOException on a write failure
     */
    public void write(Path file) throws IOException {
        Json.write(toTree(), file);
    }

    /**
     * Reads a manifest's header, the details as the remaining keys. A manifest written before
     * manifests named their command is read as {@code cohort} (tool "aftermath cohort") or
     * {@code run} (tool "aftermath" with a timeseries.csv).
     *
     * @return the manifest
     * @throws IOException if the file cannot be read, is not JSON, or is no manifest of this tool
     */
    public static Manifest<ObjectNode> read(Path file) throws IOException {
        ObjectNode root;
        try {
            JsonNode tree = Json.read(file, JsonNode.class);
            if (tree == null || !tree.isObject()) {
                throw new IOException("not a JSON object");
            }
            root = (ObjectNode) tree;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage(), e);
        }
        String tool = root.path("tool").asText("");
        List<String> files = new ArrayList<>();
        root.path("files").forEach(f -> files.add(f.asText()));
        String command = root.path("command").asText(null);
        if (command == null && tool.equals("aftermath cohort")) {
            command = "cohort";
        } else if (command == null && tool.equals(TOOL) && files.contains("timeseries.csv")) {
            command = "run";
        }
        if (!tool.startsWith(TOOL) || command == null) {
            throw new IOException("not a manifest of aftermath (tool '" + tool + "')");
        }
        ObjectNode details = root.deepCopy();
        details.remove(HEADER);
        return new Manifest<>(TOOL, command, root.path("version").asText(""), details,
                root.path("java_version").asText(""), root.path("created_utc").asText(""), files);
    }

    /**
     * @return this manifest with its details read as {@code type}
     * @throws IllegalArgumentException if the details do not fit the type
     */
    public <T> Manifest<T> detailsAs(Class<T> type) {
        return withDetails(Json.fromTree(Json.toTree(details), type));
    }
}
