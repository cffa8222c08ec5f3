package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code microenvironment:} (true by default; false switches the damaged-microenvironment
 * model off), {@code stroma:}, {@code knockouts:} and {@code knockdowns:} keys ({@link Microenvironment}).
 */
final class MicroenvironmentKeys {

    private MicroenvironmentKeys() { }

    static Microenvironment read(Node root, Fields top) {
        boolean requested = top.has("stroma") || top.has("knockouts") || top.has("knockdowns");
        boolean enabled = top.optional("microenvironment").map(Node::bool).orElse(true);
        if (!enabled) {
            if (requested) {
                throw top.optional("stroma").or(() -> top.optional("knockouts")).or(() -> top.optional("knockdowns"))
                        .orElseThrow().problem("not allowed with microenvironment: false (the stroma, the DDSP and "
                                + "the cancer-cell states are switched off)");
            }
            return Microenvironment.DISABLED;
        }
        if (!requested) {
            return Microenvironment.NONE;
        }
        Map<String, Double> stroma = top.optional("stroma").map(MicroenvironmentKeys::stroma).orElse(Map.of());
        List<String> knockouts = new ArrayList<>();
        top.optional("knockouts").ifPresent(n -> n.list().forEach(e -> knockouts.add(nodeName(e))));
        Map<String, Double> knockdowns = new LinkedHashMap<>();
        top.optional("knockdowns").ifPresent(n -> n.mapping().keys().forEach(k -> {
            Node v = n.child(k);
            double fraction = v.number();
            if (!(fraction >= 0 && fraction <= 1)) {
                throw v.problem("must be a fraction of the node's activity removed, in [0, 1] (got " + v.shown() + ")");
            }
            knockdowns.put(k, fraction);
        }));
        return ScenarioReader.build(root, () -> new Microenvironment(stroma, knockouts, knockdowns, true));
    }

    private static Map<String, Double> stroma(Node node) {
        String allowed = "none, or a mapping of " + String.join(", ", Microenvironment.STROMA_TYPES)
                + " to cells per initial cancer cell";
        if (node.isText()) {
            if (!node.string().equals("none")) {
                throw node.problem("must be " + allowed + " (got " + node.shown() + ")");
            }
            return Microenvironment.noStroma();
        }
        if (!node.isMapping()) {
            throw node.problem("must be " + allowed + " (got " + node.shown() + ")");
        }
        Fields f = node.fields(Microenvironment.STROMA_TYPES.toArray(String[]::new));
        Map<String, Double> values = new LinkedHashMap<>();
        for (String type : Microenvironment.STROMA_TYPES) {
            f.optional(type).ifPresent(v -> values.put(type, v.in(InputRange.STROMA)));
        }
        return values;
    }

    private static String nodeName(Node e) {
        if (!e.isText() || e.string().isBlank()) {
            throw e.problem("must be a node name such as NFKB (got " + e.shown() + ")");
        }
        return e.string().strip();
    }
}
