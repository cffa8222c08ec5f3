package org.aftermath.tmen.agents;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftermath.kernel.model.NearestNames;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * Reads and validates the agent data file (format in the comments of {@code agents.yaml}),
 * reporting the first problem as a {@link ScenarioException} whose path names the entry's index
 * and field and whose problem names the entry's id: {@code agents.yaml: agents[3].routes[0]:
 * entry 'cisplatin': unknown route "iv" (allowed: ...)}.
 */
final class CatalogReader {

    private static final List<String> TOP_KEYS = List.of("legend", "agents");
    private static final List<String> ENTRY_KEYS = List.of("id", "name", "aliases", "classes", "kind", "members",
            "genotoxic", "lesions", "repair_pathways", "references", "source", "targets", "dose_units", "routes", "notes");
    private static final List<String> KINDS = List.of("agent", "family");
    private static final Pattern TARGET = Pattern.compile("[A-Z0-9]+");

    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final String file;

    private CatalogReader(String file) {
        this.file = file;
    }

    static AgentCatalog read(String yaml, String file) {
        return new CatalogReader(file).catalog(parse(yaml, file));
    }

    private static JsonNode parse(String yaml, String file) {
        try {
            JsonNode tree = MAPPER.readTree(yaml);
            if (tree == null || tree.isNull() || tree.isMissingNode()) {
                throw new ScenarioException(file, "", "empty file (needs the keys legend and agents)");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ScenarioException(file, "", "not valid YAML" + where + ": " + e.getOriginalMessage());
        }
    }

    private AgentCatalog catalog(JsonNode root) {
        if (!root.isObject()) {
            throw new ScenarioException(file, "", "expected a mapping with the keys legend and agents");
        }
        Entry top = new Entry(root, "", "");
        top.allowOnly(TOP_KEYS);
        Map<String, String> legend = legend(top.required("legend"), "legend");
        JsonNode list = top.required("agents");
        if (!list.isArray() || list.isEmpty()) {
            throw new ScenarioException(file, "agents", "expected a non-empty list of entries");
        }
        List<Agent> agents = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Agent agent = agent(list.get(i), "agents[" + i + "]", legend);
            claim(owners, agent.id(), agent.id(), "agents[" + i + "].id");
            for (int j = 0; j < agent.aliases().size(); j++) {
                claim(owners, agent.aliases().get(j), agent.id(), "agents[" + i + "].aliases[" + j + "]");
            }
            agents.add(agent);
        }
        Map<String, Agent> byId = new HashMap<>();
        agents.forEach(a -> byId.put(a.id(), a));
        for (int i = 0; i < agents.size(); i++) {
            Agent family = agents.get(i);
            for (int j = 0; j < family.members().size(); j++) {
                String member = family.members().get(j);
                Agent m = byId.get(member);
                String path = "agents[" + i + "].members[" + j + "]";
                if (m == null) {
                    String owner = owners.get(member);
                    throw new ScenarioException(file, path, "entry '" + family.id() + "': no entry has the id '" + member + "'"
                            + (owner != null ? "; it is an alias of '" + owner + "', use the id"
                                    : NearestNames.didYouMean(member, byId.keySet()).map(c -> "; did you mean '" + c + "'?").orElse("")));
                }
                if (!m.dosable()) {
                    throw new ScenarioException(file, path, "entry '" + family.id() + "': member '" + member
                            + "' is itself a family; members must be agents");
                }
            }
        }
        try {
            return new AgentCatalog(agents, legend);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, "agents", e.getMessage());
        }
    }

    private void claim(Map<String, String> owners, String name, String id, String path) {
        String previous = owners.putIfAbsent(name, id);
        if (previous != null) {
            throw new ScenarioException(file, path, "entry '" + id + "': '" + name + "' is already "
                    + (previous.equals(name) ? "the id of another entry" : "a name of entry '" + previous + "'"));
        }
    }

    private Map<String, String> legend(JsonNode node, String path) {
        if (!node.isObject() || node.isEmpty()) {
            throw new ScenarioException(file, path, "expected a mapping of abbreviations to their meanings");
        }
        Map<String, String> legend = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                throw new ScenarioException(file, path + "." + e.getKey(), "expected the meaning as text");
            }
            legend.put(e.getKey(), e.getValue().textValue());
        });
        return legend;
    }

    private Agent agent(JsonNode node, String path, Map<String, String> legend) {
        if (!node.isObject()) {
            throw new ScenarioException(file, path, "expected a mapping of entry keys");
        }
        String id = new Entry(node, path, "").text("id", true);
        if (!Agent.ID.matcher(id).matches()) {
            throw new ScenarioException(file, path + ".id",
                    "must be lowercase letters and digits joined by single hyphens (got '" + id + "')");
        }
        Entry e = new Entry(node, path, "entry '" + id + "': ");
        e.allowOnly(ENTRY_KEYS);
        String name = e.text("name", true);
        List<String> aliases = e.list("aliases", false, s -> {
            if (!Agent.ID.matcher(s).matches()) {
                return "must be lowercase letters and digits joined by single hyphens";
            }
            return null;
        });
        List<String> classes = e.list("classes", true, s -> null);
        Agent.Kind kind = Agent.Kind.valueOf(e.choice("kind", KINDS).toUpperCase(Locale.ROOT));
        boolean genotoxic = e.bool("genotoxic");
        boolean dosable = kind == Agent.Kind.AGENT;
        e.forbidUnless("members", !dosable, "only a family has members");
        e.forbidUnless("dose_units", dosable, "a family is not dosable; give dose units to its member agents");
        e.forbidUnless("routes", dosable, "a family is not dosable; give routes to its member agents");
        for (String key : List.of("lesions", "repair_pathways", "references")) {
            e.forbidUnless(key, genotoxic, "only genotoxic (Table 1) entries have " + key.replace('_', ' '));
        }
        e.forbidUnless("source", !genotoxic, "Table 1 entries cite their row in references; source is for other entries");
        List<String> members = e.list("members", false, s -> null);
        List<String> lesions = e.list("lesions", genotoxic, s -> null);
        List<String> pathways = e.list("repair_pathways", genotoxic, s -> legend.containsKey(s) ? null
                : "not in the legend (" + String.join(", ", legend.keySet()) + ")");
        List<String> references = e.list("references", genotoxic, s -> null);
        String source = genotoxic ? "" : e.text("source", true);
        List<String> targets = e.list("targets", false, s -> TARGET.matcher(s).matches() ? null
                : "targets are upper-case symbols of letters and digits, e.g. NFKB, IL1R");
        List<DoseUnit> units = e.list("dose_units", dosable, s -> DoseUnit.labels().contains(s) ? null
                : "unknown dose unit (allowed: " + String.join(", ", DoseUnit.labels()) + ")")
                .stream().map(s -> DoseUnit.parse(s).orElseThrow()).toList();
        List<Route> routes = e.list("routes", dosable, s -> Route.tokens().contains(s) ? null
                : "unknown route (allowed: " + String.join(", ", Route.tokens()) + ")")
                .stream().map(s -> Route.parse(s).orElseThrow()).toList();
        String notes = e.text("notes", false);
        try {
            return new Agent(id, name, aliases, classes, kind, members, genotoxic, lesions, pathways, references,
                    source, targets, units, routes, notes);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException(file, path, ex.getMessage());
        }
    }

    /** The keys of one mapping, with the path and entry label every message carries. */
    private final class Entry {
        private final JsonNode object;
        private final String path;
        private final String label;

        Entry(JsonNode object, String path, String label) {
            this.object = object;
            this.path = path;
            this.label = label;
        }

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private ScenarioException problem(String where, String what) {
            return new ScenarioException(file, where, label + what);
        }

        void allowOnly(List<String> allowed) {
            object.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    String hint = NearestNames.didYouMean(key, allowed).map(c -> "; did you mean '" + c + "'?").orElse("");
                    throw problem(at(key), "unknown key (allowed: " + String.join(", ", allowed) + ")" + hint);
                }
            });
        }

        JsonNode required(String key) {
            JsonNode value = object.get(key);
            if (value == null || value.isNull()) {
                throw problem(at(key), "required key is missing");
            }
            return value;
        }

        void forbidUnless(String key, boolean allowed, String why) {
            if (!allowed && object.has(key)) {
                throw problem(at(key), why);
            }
        }

        /** @return the text of {@code key}, or "" if it is optional and absent */
        String text(String key, boolean mandatory) {
            JsonNode value = object.get(key);
            if (value == null || value.isNull()) {
                if (mandatory) {
                    throw problem(at(key), "required key is missing");
                }
                return "";
            }
            if (!value.isTextual() || value.textValue().isBlank()) {
                throw problem(at(key), "expected non-blank text");
            }
            return value.textValue().strip();
        }

        String choice(String key, List<String> options) {
            String value = text(key, true);
            if (!options.contains(value)) {
                throw problem(at(key), "must be one of " + String.join(", ", options) + " (got '" + value + "')");
            }
            return value;
        }

        boolean bool(String key) {
            JsonNode value = required(key);
            if (!value.isBoolean()) {
                throw problem(at(key), "expected true or false");
            }
            return value.booleanValue();
        }

        /**
         * @param check returns null for a valid element, else what is wrong with it
         * @return the list of non-blank, distinct texts under {@code key}; empty if optional and absent
         */
        List<String> list(String key, boolean mandatory, Function<String, String> check) {
            JsonNode value = object.get(key);
            if (value == null || value.isNull()) {
                if (mandatory) {
                    throw problem(at(key), "required key is missing");
                }
                return List.of();
            }
            if (!value.isArray()) {
                throw problem(at(key), "expected a list");
            }
            if (mandatory && value.isEmpty()) {
                throw problem(at(key), "must not be empty");
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String where = at(key) + "[" + i + "]";
                if (!item.isTextual() || item.textValue().isBlank()) {
                    throw problem(where, "expected non-blank text");
                }
                String text = item.textValue().strip();
                if (items.contains(text)) {
                    throw problem(where, "'" + text + "' is listed twice");
                }
                String wrong = check.apply(text);
                if (wrong != null) {
                    throw problem(where, "'" + text + "': " + wrong);
                }
                items.add(text);
            }
            return List.copyOf(items);
        }
    }
}
