package org.aftermath.fit.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A YAML value with the file and field path it came from, for one-line messages; strict about keys and types. */
final class YamlNode {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode node;
    private final String file;
    private final String path;

    private YamlNode(JsonNode node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    /** @return the document's root mapping */
    static YamlNode parse(String text, String file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ProblemException(file, where, "not valid YAML (" + e.getOriginalMessage().split("\n")[0] + ")");
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ProblemException(file, "", "empty file");
        }
        return new YamlNode(tree, file, "");
    }

    ProblemException problem(String text) {
        return new ProblemException(file, path, text);
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    /** Checks that this is a mapping whose keys are among {@code allowed}. */
    YamlNode mapping(Set<String> allowed) {
        if (!node.isObject()) {
            throw problem("expected a mapping" + (allowed.isEmpty() ? "" : " of " + String.join(", ", allowed)));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                throw new ProblemException(file, child(key), "unknown key (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    YamlNode get(String key) {
        if (!has(key)) {
            throw new ProblemException(file, child(key), "missing");
        }
        return new YamlNode(node.get(key), file, child(key));
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return the entries of a mapping, in document order */
    List<Map.Entry<String, YamlNode>> entries() {
        if (!node.isObject()) {
            throw problem("expected a mapping");
        }
        List<Map.Entry<String, YamlNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(e -> out.add(Map.entry(e.getKey(),
                new YamlNode(e.getValue(), file, child(e.getKey())))));
        return out;
    }

    /** @return the elements of a sequence */
    List<YamlNode> elements() {
        if (!node.isArray()) {
            throw problem("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new YamlNode(node.get(i), file, path + "[" + i + "]"));
        }
        return out;
    }

    boolean isNumber() {
        return node.isNumber();
    }

    boolean isText() {
        return node.isTextual();
    }

    String text() {
        if (!node.isTextual() && !node.isNumber() && !node.isBoolean()) {
            throw problem("expected text");
        }
        return node.asText();
    }

    double number() {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.asText().trim());
            } catch (NumberFormatException e) {
                throw problem("'" + node.asText() + "' is not a number");
            }
        }
        throw problem("expected a number");
    }

    /** @return a finite number */
    double finite() {
        double v = number();
        if (!Double.isFinite(v)) {
            throw problem(v + " is not a finite number");
        }
        return v;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw problem("expected true or false");
        }
        return node.asBoolean();
    }
}
