package org.aftermath.tmen.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.model.NearestNames;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * The therapy-agent knowledge base: every entry of the review's Table 1, the non-genotoxic
 * anti-microtubule agents and the anti-DDSP modulators, looked up by id or alias ignoring case.
 * Immutable and thread-safe.
 */
public final class AgentCatalog {

    /** The built-in data file, a resource beside this class. */
    public static final String RESOURCE = "agents.yaml";

    private static final int SUGGESTIONS = 3;

    private final List<Agent> agents;
    private final Map<String, String> legend;
    private final Map<String, Agent> byName;

    /**
     * @param agents the entries, in display order
     * @param legend abbreviation → meaning; every repair pathway of every entry must be a key
     * @throws IllegalArgumentException on a duplicate id or alias, a repair pathway missing from
     *                                  the legend, or a family member that is not an agent here
     */
    public AgentCatalog(List<Agent> agents, Map<String, String> legend) {
        this.agents = List.copyOf(agents);
        this.legend = Map.copyOf(legend);
        Map<String, Agent> names = new LinkedHashMap<>();
        for (Agent agent : this.agents) {
            for (String name : namesOf(agent)) {
                Agent previous = names.putIfAbsent(name, agent);
                if (previous != null) {
                    throw new IllegalArgumentException("'" + name + "' names both " + previous.id() + " and " + agent.id());
                }
            }
        }
        this.byName = names;
        for (Agent agent : this.agents) {
            for (String pathway : agent.repairPathways()) {
                if (!this.legend.containsKey(pathway)) {
                    throw new IllegalArgumentException(agent.id() + ": repair pathway " + pathway + " is not in the legend");
                }
            }
            for (String member : agent.members()) {
                Agent m = names.get(member);
                if (m == null || !m.dosable() || !m.id().equals(member)) {
                    throw new IllegalArgumentException(agent.id() + ": member '" + member + "' is not the id of an agent");
                }
            }
        }
    }

    /**
     * @return the catalog shipped in the jar
     * @throws IllegalStateException if the shipped data file is invalid (a build defect)
     */
    public static AgentCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * Reads a catalog from YAML text in the format of the built-in data file.
     *
     * @param yaml     the text
     * @param fileName the name messages give the text
     * @return the catalog
     * @throws ScenarioException naming the entry and field of the first problem found
     */
    public static AgentCatalog read(String yaml, String fileName) {
        return CatalogReader.read(yaml, fileName);
    }

    /** @return every entry, in the data file's order */
    public List<Agent> agents() {
        return agents;
    }

    /** @return Table 1's abbreviations (lesions and repair pathways) and their meanings */
    public Map<String, String> legend() {
        return legend;
    }

    /** @return the distinct class names, in order of first appearance */
    public List<String> classes() {
        Set<String> classes = new LinkedHashSet<>();
        agents.forEach(a -> classes.addAll(a.classes()));
        return List.copyOf(classes);
    }

    /**
     * @param idOrAlias an id or alias, any case, surrounding blanks ignored
     * @return the entry, or empty if none answers to the name
     */
    public Optional<Agent> find(String idOrAlias) {
        return Optional.ofNullable(byName.get(idOrAlias.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * @param classFragment part of a class name, any case; null for any class
     * @param genotoxic     required genotoxicity; null for either
     * @return the matching entries, in the data file's order
     */
    public List<Agent> select(String classFragment, Boolean genotoxic) {
        return agents.stream()
                .filter(a -> classFragment == null || a.inClassMatching(classFragment))
                .filter(a -> genotoxic == null || a.genotoxic() == genotoxic)
                .toList();
    }

    /**
     * @param name a name that may be misspelt
     * @return the ids of the (up to) three entries nearest to {@code name} by edit distance
     *         between it and their ids or aliases, nearest first
     */
    public List<String> closestIds(String name) {
        List<String> candidates = new ArrayList<>();
        agents.forEach(a -> candidates.add(a.id()));
        agents.forEach(a -> candidates.addAll(a.aliases()));
        return NearestNames.closest(name, candidates, candidates.size()).stream()
                .map(c -> byName.get(c).id())
                .distinct()
                .limit(SUGGESTIONS)
                .toList();
    }

    /**
     * @param idOrAlias an id or alias, any case
     * @param file      the file the name comes from, for the message
     * @param fieldPath where in the file, for the message
     * @return the entry
     * @throws ScenarioException if no entry answers to the name; the message suggests the three
     *                           closest ids
     */
    public Agent require(String idOrAlias, String file, String fieldPath) {
        Objects.requireNonNull(idOrAlias, "idOrAlias");
        if (idOrAlias.isBlank()) {
            throw new ScenarioException(file, fieldPath, "no agent given (run 'aftermath agents' for the list)");
        }
        return find(idOrAlias).orElseThrow(() -> new ScenarioException(file, fieldPath,
                "unknown agent '" + idOrAlias.strip() + "'; closest: " + String.join(", ", closestIds(idOrAlias.strip()))
                        + " (run 'aftermath agents' for the list)"));
    }

    /**
     * Resolves the agent, unit and route of a dose; a null unit or route means the agent's
     * default. Units are read by {@link DoseUnit#parse}, routes by {@link Route#parse}.
     *
     * @param idOrAlias an id or alias, any case
     * @param unit      a dose unit ({@code mg/m²}, {@code mg/m2}, {@code Gy}…) or null
     * @param route     a route ({@code iv_bolus}…) or null
     * @param file      the file the dose comes from, for messages
     * @param fieldPath where in the file, for messages (e.g. {@code treatments[0]})
     * @return the agent with its unit and route
     * @throws ScenarioException with a one-line message naming what is wrong and what is allowed:
     *                           an unknown agent (with the closest ids), a family (with its
     *                           members), a unit or a route the agent does not take
     */
    public AgentDosing resolveDosable(String idOrAlias, String unit, String route, String file, String fieldPath) {
        Agent agent = require(idOrAlias, file, fieldPath);
        if (!agent.dosable()) {
            throw new ScenarioException(file, fieldPath, familyProblem(agent));
        }
        DoseUnit u = agent.defaultUnit();
        if (unit != null) {
            String allowed = " (allowed: " + join(agent.doseUnits()) + ")";
            u = DoseUnit.parse(unit).orElseThrow(() -> new ScenarioException(file, fieldPath,
                    "unknown dose unit '" + unit.strip() + "' for " + agent.id() + allowed));
            if (!agent.doseUnits().contains(u)) {
                throw new ScenarioException(file, fieldPath, agent.id() + " is not dosed in " + u + allowed);
            }
        }
        Route r = agent.defaultRoute();
        if (route != null) {
            String allowed = " (allowed: " + join(agent.routes()) + ")";
            r = Route.parse(route).orElseThrow(() -> new ScenarioException(file, fieldPath,
                    "unknown route '" + route.strip() + "' for " + agent.id() + allowed));
            if (!agent.routes().contains(r)) {
                throw new ScenarioException(file, fieldPath, "route " + r + " is not allowed for " + agent.id() + allowed);
            }
        }
        return new AgentDosing(agent, u, r);
    }

    private String familyProblem(Agent family) {
        String what = "'" + family.id() + "' is a family (" + String.join("; ", family.classes()) + "), not a dosable agent";
        if (!family.members().isEmpty()) {
            return what + "; give one of its members: " + String.join(", ", family.members());
        }
        List<String> sameClass = agents.stream()
                .filter(a -> a.dosable() && a.classes().stream().anyMatch(family.classes()::contains))
                .map(Agent::id)
                .toList();
        return what + ", and none of its members is in the catalog"
                + (sameClass.isEmpty() ? "" : "; dosable agents of its class: " + String.join(", ", sameClass));
    }

    private static String join(List<?> values) {
        return String.join(", ", values.stream().map(Object::toString).toList());
    }

    private static List<String> namesOf(Agent agent) {
        List<String> names = new ArrayList<>();
        names.add(agent.id());
        names.addAll(agent.aliases());
        return names;
    }

    /** Loads the built-in catalog on first use. */
    private static final class BuiltIn {
        static final AgentCatalog CATALOG = load();

        private static AgentCatalog load() {
            try (InputStream in = AgentCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in agent catalog " + RESOURCE + " is missing from the jar");
                }
                return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in agent catalog", e);
            } catch (ScenarioException e) {
                throw new IllegalStateException("built-in agent catalog is invalid: " + e.getMessage(), e);
            }
        }
    }
}
