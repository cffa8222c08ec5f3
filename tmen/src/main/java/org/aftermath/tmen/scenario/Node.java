package org.aftermath.tmen.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftermath.kernel.model.NearestNames;

/**
 * One value of a YAML document with its field path, read as the type a scenario key expects.
 * Every reading method either returns a valid value or throws a {@link ScenarioException} that
 * names the path, says what is wrong and what is allowed. New scenario keys are read by
 * composing these methods; nothing else in the reader inspects Jackson nodes.
 */
final class Node {

    private static final int SHOWN_TEXT_LIMIT = 40;

    private final JsonNode value;
    private final String file;
    private final String path;

    Node(JsonNode value, String file, String path) {
        this.value = value == null ? NullNode.getInstance() : value;
        this.file = file;
        this.path = path;
    }

    /** @return the name of the file the value comes from, for messages */
    String file() {
        return file;
    }

    /** @return the dotted field path, "" for the document */
    String path() {
        return path;
    }

    /** @return an exception for a problem with this value, to be thrown by the caller */
    ScenarioException problem(String what) {
        return new ScenarioException(file, path, what);
    }

    /** @return the value under {@code key} of this mapping, or a null value when absent */
    Node child(String key) {
        return new Node(value.get(key), file, path.isEmpty() ? key : path + "." + key);
    }

    /** @return true if the value is YAML null (an empty value) */
    boolean isNull() {
        return value.isNull();
    }

    /** @return true if the value is a list */
    boolean isNumber() {
        return value.isNumber();
    }

    boolean isText() {
        return value.isTextual();
    }

    boolean isList() {
        return value.isArray();
    }

    /** @return true if the value is a mapping */
    boolean isMapping() {
        return value.isObject();
    }

    /** @return this mapping's keys, not yet checked against an allowed set */
    Fields mapping() {
        if (!value.isObject()) {
            throw problem("expected a mapping of keys, got " + shown());
        }
        return new Fields(this, value);
    }

    /** @return this mapping's keys, each one of {@code allowed} */
    Fields fields(String... allowed) {
        return mapping().allowOnly("", allowed);
    }

    /** @return the elements of this list, each with its indexed path */
    List<Node> list() {
        if (!value.isArray()) {
            throw problem("expected a list, got " + shown());
        }
        List<Node> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new Node(value.get(i), file, path + "[" + i + "]"));
        }
        return elements;
    }

    /** @return a finite number */
    double number() {
        if (!value.isNumber()) {
            throw problem("expected a number, got " + shown());
        }
        double x = value.doubleValue();
        if (!Double.isFinite(x)) {
            throw problem("must be a finite number (got " + shown() + ")");
        }
        return x;
    }

    /** @return a finite number &gt; 0 */
    double positive() {
        double x = number();
        if (!(x > 0)) {
            throw problem("must be > 0 (got " + shown() + ")");
        }
        return x;
    }

    /** @return a finite number in {@code range} */
    double in(InputRange range) {
        double x = number();
        if (!range.admits(x)) {
            throw problem("must be " + range.rule() + " (got " + shown() + ")");
        }
        return x;
    }

    /** @return a finite number &gt;= 0 */
    double nonNegative() {
        double x = number();
        if (!(x >= 0)) {
            throw problem("must be >= 0 (got " + shown() + ")");
        }
        return x;
    }

    /** @return a finite number in [0, 1) */
    double fraction() {
        double x = number();
        if (!(x >= 0 && x < 1)) {
            throw problem("must be in [0, 1) (got " + shown() + ")");
        }
        return x;
    }

    /** @return a whole number in [min, max]; 7.0 counts as whole */
    int wholeNumber(int min, int max) {
        double x = number();
        if (x != Math.rint(x)) {
            throw problem("must be a whole number (got " + shown() + ")");
        }
        if (x < min) {
            throw problem("must be >= " + min + " (got " + shown() + ")");
        }
        if (x > max) {
            throw problem("must be <= " + max + " (got " + shown() + ")");
        }
        return (int) x;
    }

    /** @return a YAML boolean ({@code true} or {@code false}) */
    boolean bool() {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw problem("expected true or false, got " + shown());
    }

    /** @return a string; numbers and booleans are refused with a hint to quote them */
    String string() {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            throw problem("expected a string, got " + shown() + " (quote it: \"" + value.asText() + "\")");
        }
        throw problem("expected a string, got " + shown());
    }

    /** @return a string equal to one of {@code options} */
    String choice(List<String> options) {
        String s = string();
        if (!options.contains(s)) {
            String hint = NearestNames.didYouMean(s, options).map(c -> "; did you mean '" + c + "'?").orElse("");
            throw problem("must be one of " + String.join(", ", options) + " (got " + shown() + ")" + hint);
        }
        return s;
    }

    /** @return the value as a message shows it: numbers as written, strings quoted and short */
    String shown() {
        if (value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return quoted(value.textValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String quoted(String text) {
        String shortened = text.length() > SHOWN_TEXT_LIMIT ? text.substring(0, SHOWN_TEXT_LIMIT) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        shortened.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
