package org.aftermath.tmen.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftermath.kernel.model.NearestNames;

/**
 * The keys of one YAML mapping, in document order. Unknown keys are errors: a reader declares
 * the keys an object allows ({@link #allowOnly}) before it reads any value.
 */
final class Fields {

    private final Node owner;
    private final JsonNode object;

    Fields(Node owner, JsonNode object) {
        this.owner = owner;
        this.object = object;
    }

    /** @return the mapping itself, for problems that concern it as a whole */
    Node owner() {
        return owner;
    }

    /** @return the keys present, in document order */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * Refuses the first key (in document order) not in {@code allowed}, suggesting the nearest
     * allowed key.
     *
     * @param qualifier words after "unknown key", e.g. "for law exponential", or ""
     * @param allowed   the keys this mapping may hold, in the order the message lists them
     * @return this
     */
    Fields allowOnly(String qualifier, String... allowed) {
        List<String> allowedKeys = List.of(allowed);
        for (String key : keys()) {
            if (!allowedKeys.contains(key)) {
                String hint = NearestNames.didYouMean(key, allowedKeys).map(c -> "; did you mean '" + c + "'?").orElse("");
                String unknown = qualifier.isEmpty() ? "unknown key" : "unknown key " + qualifier;
                throw owner.child(key).problem(unknown + " (allowed: " + String.join(", ", allowedKeys) + ")" + hint);
            }
        }
        return this;
    }

    /** @return true if {@code key} is present with a non-null value */
    boolean has(String key) {
        JsonNode v = object.get(key);
        return v != null && !v.isNull();
    }

    /**
     * @param key  the key
     * @param hint what the key holds, shown when it is missing
     * @return the value of a key that must be present (it may still be an empty value, which the
     *         typed reading then refuses)
     */
    Node required(String key, String hint) {
        if (!object.has(key)) {
            throw owner.child(key).problem("required key is missing (" + hint + ")");
        }
        return owner.child(key);
    }

    /** @return the value of {@code key}, or empty when it is absent or empty (YAML null) */
    Optional<Node> optional(String key) {
        return has(key) ? Optional.of(owner.child(key)) : Optional.empty();
    }
}
