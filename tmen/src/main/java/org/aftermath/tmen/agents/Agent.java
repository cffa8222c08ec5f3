package org.aftermath.tmen.agents;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the therapy-agent knowledge base: a dosable agent, or a family of agents (a class
 * of Table 1 such as the anthracyclines) that cannot be dosed. Lists are unmodifiable and keep
 * the data file's order; where a list has a default (units, routes) it is the first element.
 *
 * @param id             lowercase letters, digits and hyphens ({@link #ID}), unique in the catalog
 * @param name           display name
 * @param aliases        other names, in the form of {@link #ID}; e.g. {@code radiation}
 * @param classes        one or more class names; Table 1's for genotoxic entries
 * @param kind           {@link Kind#AGENT} or {@link Kind#FAMILY}
 * @param members        ids of a family's member agents; empty for agents
 * @param genotoxic      true if the agent damages DNA (every Table 1 entry)
 * @param lesions        Table 1 lesion types (e.g. {@code DSBs}); empty unless genotoxic
 * @param repairPathways Table 1 repair pathway abbreviations (e.g. {@code NHEJ}); empty unless
 *                       genotoxic
 * @param references     Table 1 references, as printed; empty unless genotoxic
 * @param source         for entries outside Table 1, where the review names them and what it
 *                       cites; "" for Table 1 entries
 * @param targets        molecular targets of a modulator (e.g. {@code PARP1}); may be empty
 * @param doseUnits      allowed units, default first; non-empty for agents, empty for families
 * @param routes         allowed routes, default first; non-empty for agents, empty for families
 * @param notes          what Table 1 adds about the entry and dosing remarks, or ""
 */
public record Agent(String id, String name, List<String> aliases, List<String> classes, Kind kind,
                    List<String> members, boolean genotoxic, List<String> lesions,
                    List<String> repairPathways, List<String> references, String source,
                    List<String> targets, List<DoseUnit> doseUnits, List<Route> routes, String notes) {

    /** Ids and aliases: lowercase letters and digits in groups joined by single hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * What a dosable agent does in the model, decided here once from the knowledge base's
     * {@code genotoxic} flag, classes and targets ({@link #role()}).
     */
    public enum Role {
        /**
         * Damages DNA (every Table 1 entry): kills cancer cells (Norton–Simon kill, or the LQ
         * model for radiation) and damages the stroma (DDR, senescence, the DDSP).
         */
        GENOTOXIC,
        /**
         * A non-genotoxic anti-microtubule agent (docetaxel, vincristine, vinblastine): kills
         * cancer cells and arrests the stroma without a DDR, so without a secretory phenotype.
         */
        ANTI_MICROTUBULE,
        /**
         * Acts on its knowledge-base targets in the microenvironment (NF-kB, IKK, PARP-1,
         * p38MAPK, IL-1R, WNT16B, CD20): kills no cancer cells directly.
         */
        MODULATOR;

        /**
         * @return true if the agent acts on the cancer cells directly: its doses start a
         *         proliferation lag and are the restaging points of response assessment
         */
        public boolean cytotoxic() {
            return this != MODULATOR;
        }
    }

    /** The class (part of a class name, any case) of the non-genotoxic anti-microtubule agents. */
    public static final String ANTI_MICROTUBULE_CLASS = "anti-microtubule";

    /** Whether an entry can be dosed. */
    public enum Kind {
        /** a single, dosable agent */
        AGENT,
        /** a class of agents; not dosable */
        FAMILY;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @throws IllegalArgumentException if an invariant in the parameter list does not hold
     */
    public Agent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(notes, "notes");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase letters, digits and hyphens (got '" + id + "')");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(id + ": name must not be blank");
        }
        aliases = List.copyOf(aliases);
        classes = List.copyOf(classes);
        members = List.copyOf(members);
        lesions = List.copyOf(lesions);
        repairPathways = List.copyOf(repairPathways);
        references = List.copyOf(references);
        targets = List.copyOf(targets);
        doseUnits = List.copyOf(doseUnits);
        routes = List.copyOf(routes);
        for (String alias : aliases) {
            if (!ID.matcher(alias).matches()) {
                throw new IllegalArgumentException(id + ": alias must be lowercase letters, digits and hyphens (got '" + alias + "')");
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(id + ": needs at least one class");
        }
        boolean dosable = kind == Kind.AGENT;
        if (dosable == doseUnits.isEmpty() || dosable == routes.isEmpty()) {
            throw new IllegalArgumentException(id + ": an agent needs dose units and routes, a family has none");
        }
        if (dosable && !members.isEmpty()) {
            throw new IllegalArgumentException(id + ": only a family has members");
        }
        boolean anyMissing = lesions.isEmpty() || repairPathways.isEmpty() || references.isEmpty();
        boolean anyGiven = !lesions.isEmpty() || !repairPathways.isEmpty() || !references.isEmpty();
        if (genotoxic ? anyMissing : anyGiven) {
            throw new IllegalArgumentException(id + ": lesions, repair pathways and references are required if and only if genotoxic");
        }
        if (dosable) {
            boolean antiMicrotubule = matches(classes, ANTI_MICROTUBULE_CLASS);
            int roles = (genotoxic ? 1 : 0) + (antiMicrotubule ? 1 : 0) + (targets.isEmpty() ? 0 : 1);
            if (roles != 1) {
                throw new IllegalArgumentException(id + ": a dosable agent is exactly one of genotoxic, of an"
                        + " anti-microtubule class, or a modulator with targets (got " + (roles == 0 ? "none" : "several") + ")");
            }
        }
    }

    /**
     * @return what the agent does in the model: {@link Role#GENOTOXIC} if genotoxic,
     *         {@link Role#ANTI_MICROTUBULE} if of an anti-microtubule class, else
     *         {@link Role#MODULATOR} (a dosable agent has targets then; the constructor refuses one
     *         that is none or several of the three)
     * @throws IllegalStateException for a family
     */
    public Role role() {
        requireDosable();
        if (genotoxic) {
            return Role.GENOTOXIC;
        }
        return matches(classes, ANTI_MICROTUBULE_CLASS) ? Role.ANTI_MICROTUBULE : Role.MODULATOR;
    }

    /** @return true for a dosable agent, false for a family */
    public boolean dosable() {
        return kind == Kind.AGENT;
    }

    /** @return the default dose unit, the first allowed one */
    public DoseUnit defaultUnit() {
        requireDosable();
        return doseUnits.get(0);
    }

    /** @return the default route, the first allowed one */
    public Route defaultRoute() {
        requireDosable();
        return routes.get(0);
    }

    /** @return true if any class name contains {@code fragment}, ignoring case */
    public boolean inClassMatching(String fragment) {
        return matches(classes, fragment);
    }

    private static boolean matches(List<String> classes, String fragment) {
        String wanted = fragment.toLowerCase(Locale.ROOT);
        return classes.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private void requireDosable() {
        if (!dosable()) {
            throw new IllegalStateException(id + " is a family, not a dosable agent");
        }
    }
}
