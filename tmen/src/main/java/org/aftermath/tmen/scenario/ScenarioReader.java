package org.aftermath.tmen.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a scenario file (YAML) into a validated {@link Scenario}, reporting the first problem
 * found as a one-line {@link ScenarioException}. Unknown keys, duplicate keys, YAML aliases and
 * several documents in one file are errors. The format:
 * <pre>
 * name: figure-3a-td10        # required; letters, digits, . _ -
 * days: 147                   # required; horizon in days, &gt; 0
 * tumor:
 *   cells: 1.0e9              # &gt; 0
 *   growth:
 *     law: exponential        # exponential: doubling_days (a number or a list, one per kill dose)
 *     doubling_days: 10       # gompertz, logistic: carrying_capacity, and rate_per_day or doubling_days
 *                             #   (the laws and their keys: GrowthLaw)
 *   resistant_clone: {fraction: 0.001, kill_escape: 0.9}   # optional; [0, 1) and [0, 1], each optional
 * treatments:                 # optional
 *   - name: chemo             # letters, digits, . _ -; unique (default: the agent id)
 *     kill_fraction: 0.9      # [0, 1); or agent + dose:
 *     start_day: 0            # start_day (default 0) + every_days + cycles, or days: [...],
 *     every_days: 21          #   or start_day + fractions + weekdays: true (Mon-Fri; start_day is a Monday)
 *     cycles: 7
 *   - agent: doxorubicin      # a dosable id or alias of 'aftermath agents'
 *     dose: 60                # &gt; 0, per dose (Gy per fraction for radiation)
 *     unit: mg/m2             # optional; the agent's default unit otherwise
 *     route: iv_bolus         # optional; the agent's default route otherwise
 *     infusion_hours: 1       # iv_infusion only; default 1
 *     days: [0, 21]
 * patient: {bsa_m2: 1.8, weight_kg: 70}      # optional; these defaults; species: mouse (pk-AGENT-mouse.ant;
 *                                             #   defaults 0.0078 m², 0.025 kg) for xenografts
 * endpoints: {cells_per_cm3: 1e9, partial_response_change: -0.3, progression_change: 0.2, detectable_cells: 1e8,
 *             assessment: before_doses}   # or continuous, or days between scans
 * parameters: {}              # optional; model parameter overrides NAME: number
 * model: builtin              # optional; built-in model id, or a folder / .ant file (relative to this file)
 * stroma: {fibroblast: 1.0, endothelial: 0.2, immune: 0.1}   # optional, cells per initial cancer cell; or none
 * knockouts: [NFKB]           # optional; nodes clamped to zero (the model's kd_NODE parameters)
 * knockdowns: {NFKB: 0.75}    # optional; fraction of a node's activity removed, [0, 1]
 * variability:                # optional; how virtual patients differ ('aftermath run' ignores it)
 *   tumor.growth.doubling_days: {lognormal: {median: 20, cv: 0.4}}   # an input path of ScenarioInputs
 *   parameters.k_tolerance: {normal: {mean: 0.1, sd: 0.03, min: 0, max: 1}}
 *   stroma.fibroblast: {uniform: {min: 0.5, max: 2}}
 *   treatments.doxorubicin.dose: {values: [50, 60, 75]}
 * correlations:               # optional; Gaussian-copula correlations between varied inputs
 *   - [tumor.growth.doubling_days, stroma.fibroblast, -0.3]
 * </pre>
 * A third schedule form doses inside the windows between another (earlier declared)
 * treatment's doses: {@code between: <name>} with {@code every_days} and either
 * {@code gap_days} or {@code offset_days} (default 0), optional {@code duration_days} and
 * {@code after_last_days} ({@link Schedule.Between}).
 * Thread-safe.
 */
public final class ScenarioReader {

    private static final List<String> TOP_KEYS = List.of("name", "days", "tumor", "treatments", "parameters", "model",
            "patient", "endpoints", "microenvironment", "stroma", "knockouts", "knockdowns", "variability", "correlations");
    private static final String[] PERIODIC_KEYS = {"start_day", "every_days", "cycles"};
    private static final List<String> BETWEEN_KEYS = List.of("between", "gap_days", "offset_days", "duration_days",
            "after_last_days");

    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                    .build());

    private ScenarioReader() { }

    /**
     * Reads a scenario file (UTF-8).
     *
     * @param file the file; messages name it as given
     * @return the scenario, with {@code source} the file name as given
     * @throws ScenarioException if the file is missing or unreadable, or the scenario is invalid
     */
    public static Scenario read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name, "", "is a directory, not a scenario file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, "", "cannot be read (permission denied)");
        } catch (MalformedInputException e) {
            throw new ScenarioException(name, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot be read: " + e.getMessage());
        }
        return read(text, name);
    }

    /**
     * The longest scenario text read, in characters (1 MiB; a scenario is a few kB): the YAML
     * scanner's time grows with the square of a line's length (a 4 MB comment took 20 s).
     */
    public static final int MAX_CHARS = 1 << 20;

    /**
     * Reads a scenario from YAML text.
     *
     * @param yaml     the YAML text
     * @param fileName the name messages give the text, e.g. its file name
     * @return the scenario, with {@code source} = {@code fileName}
     * @throws ScenarioException if the scenario is invalid
     */
    public static Scenario read(String yaml, String fileName) {
        if (yaml.length() > MAX_CHARS) {
            throw new ScenarioException(fileName, "", "is " + yaml.length() + " characters long; a scenario file is at"
                    + " most " + MAX_CHARS + " (1 MiB)");
        }
        JsonNode tree = parse(yaml, fileName);
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new ScenarioException(fileName, "",
                    "empty file (a scenario needs at least the keys name, days and tumor)");
        }
        Node root = new Node(tree, fileName, "");
        if (!root.isMapping()) {
            throw root.problem("expected a mapping of scenario keys (" + String.join(", ", TOP_KEYS)
                    + "), got " + root.shown());
        }
        return scenario(root, fileName);
    }

    private static JsonNode parse(String yaml, String fileName) {
        try (JsonParser parser = new AliasRefusingParser((YAMLParser) MAPPER.getFactory().createParser(yaml))) {
            JsonNode tree = MAPPER.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                throw new ScenarioException(fileName, "",
                        "holds more than one YAML document (a scenario file is one document)");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new ScenarioException(fileName, "", "malformed YAML" + at(e.getLocation()) + ": " + constraint(e));
        } catch (StreamReadException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                throw new ScenarioException(fileName, "", malformed(marked));
            }
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.startsWith("Malformed numeric value") && e.getProcessor() != null) {
                String text = original.substring(original.indexOf('\'') + 1, original.lastIndexOf('\'') > original.indexOf('\'')
                        ? original.lastIndexOf('\'') : original.length());
                throw new ScenarioException(fileName, path(e.getProcessor().getParsingContext()),
                        "must be a finite number (got " + text + ")");
            }
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    && e.getProcessor() != null) {
                throw new ScenarioException(fileName, path(e.getProcessor().getParsingContext()), "duplicate key" + at(e.getLocation()));
            }
            throw new ScenarioException(fileName, "", "malformed YAML" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(fileName, "", "malformed YAML" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(fileName, "", "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /**
     * @return what a Jackson processing limit refused, in the file's terms (the library's own message
     *         names its configuration class)
     */
    private static String constraint(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher depth = Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)").matcher(m);
        if (depth.find()) {
            return "nested deeper than " + depth.group(2) + " levels (a scenario nests a few)";
        }
        Matcher length = Pattern.compile("^(\\w[\\w ]*?) (?:value )?length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)").matcher(m);
        if (length.find()) {
            return length.group(1).toLowerCase(java.util.Locale.ROOT) + " of " + length.group(2) + " characters, more than the "
                    + length.group(3) + " allowed";
        }
        return firstLine(m.replaceAll("\\s*\\(?,? *from `[^`]*`\\)?", ""));
    }

    /** SnakeYAML's syntax errors carry the problem and its context apart from the source excerpt. */
    private static String malformed(MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = "";
        if (e.getContext() != null) {
            Mark contextMark = e.getContextMark();
            context = contextMark == null ? " (" + e.getContext() + ")"
                    : " (" + e.getContext() + " at line " + (contextMark.getLine() + 1) + ", column " + (contextMark.getColumn() + 1) + ")";
        }
        return "malformed YAML" + where + ": " + problem + context;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown problem";
        }
        return text.strip().lines().findFirst().orElse(text).strip();
    }

    /** @return the dotted field path of a parser position, as {@link Node} writes paths */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    // ---- the scenario format; each method reads one object and returns its record ----

    private static Scenario scenario(Node root, String file) {
        Fields top = root.fields(TOP_KEYS.toArray(String[]::new));
        Node nameNode = top.required("name", "letters, digits, '.', '_' or '-'; names the output folder out/<name>/");
        String name = nameNode.string();
        if (!Scenario.validName(name)) {
            throw nameNode.problem("must be 1 to 100 letters, digits, '.', '_' or '-', not only dots (got " + nameNode.shown() + ")");
        }
        double days = top.required("days", "the simulated horizon in days, > 0").positive();
        Tumor tumor = tumor(top.required("tumor", "a mapping with cells and growth"));
        List<Treatment> treatments = top.optional("treatments").map(n -> treatments(n, days)).orElse(List.of());
        checkValuesPerKillDose(root.child("tumor").child("growth"), tumor.growth(), treatments);
        Map<String, Double> parameters = top.optional("parameters").map(ScenarioReader::parameters).orElse(Map.of());
        String model = top.optional("model").map(ScenarioReader::model).orElse(Scenario.BUILT_IN_MODEL);
        Patient patient = top.optional("patient").map(ScenarioReader::patient).orElse(Patient.DEFAULT);
        EndpointSettings endpoints = top.optional("endpoints").map(n -> endpoints(n, days)).orElse(EndpointSettings.DEFAULT);
        Microenvironment tme = MicroenvironmentKeys.read(root, top);
        Scenario base = build(root, () -> new Scenario(name, days, tumor, treatments, parameters, file, model, patient,
                endpoints, tme));
        VariabilitySpec variability = VariabilityKeys.read(top, base);
        if (variability.isEmpty()) {
            return base;
        }
        boolean variesStroma = variability.inputs().keySet().stream().anyMatch(p -> p.startsWith("stroma."));
        Microenvironment withStroma = variesStroma && !tme.requested()
                ? new Microenvironment(tme.stroma(), tme.knockouts(), tme.knockdowns(), true) : tme;
        return build(root, () -> new Scenario(name, days, tumor, treatments, parameters, file, model, patient,
                endpoints, withStroma, variability));
    }

    private static Tumor tumor(Node node) {
        Fields f = node.fields("cells", "growth", "resistant_clone");
        double cells = f.required("cells", "initial viable cancer cells, " + InputRange.CELLS.rule()).in(InputRange.CELLS);
        ResistantClone clone = f.optional("resistant_clone").map(ScenarioReader::resistantClone).orElse(null);
        Growth growth = growth(f.required("growth", "a mapping with law and its parameters"), cells);
        return build(node, () -> new Tumor(cells, growth, clone));
    }

    /** Reads {@code tumor.resistant_clone}: {fraction, kill_escape}, each optional ({@code {}} keeps the model's). */
    private static ResistantClone resistantClone(Node node) {
        Fields f = node.fields("fraction", "kill_escape");
        OptionalDouble fraction = f.optional("fraction").map(n -> OptionalDouble.of(n.in(ResistantClone.FRACTION)))
                .orElse(OptionalDouble.empty());
        OptionalDouble escape = f.optional("kill_escape").map(n -> OptionalDouble.of(n.in(ResistantClone.ESCAPE)))
                .orElse(OptionalDouble.empty());
        return build(node, () -> new ResistantClone(fraction, escape));
    }

    /** Reads {@code tumor.growth} as its law's description ({@link GrowthLaw}) says. */
    private static Growth growth(Node node, double cells) {
        Fields f = node.mapping();
        String lawName = f.required("law", "one of " + String.join(", ", GrowthLaw.names())).choice(GrowthLaw.names());
        GrowthLaw law = GrowthLaw.of(lawName).orElseThrow();
        List<String> allowed = new ArrayList<>(List.of("law"));
        allowed.addAll(law.keyNames());
        f.allowOnly("for law " + lawName, allowed.toArray(String[]::new));
        Map<String, List<Double>> values = new LinkedHashMap<>();
        GrowthLaw.Form first = law.forms().get(0);
        for (String name : law.commonKeys()) {
            GrowthLaw.Key key = first.key(name).orElseThrow();
            values.put(name, growthValues(f.required(name, key.hint()), key, cells));
        }
        List<String> alternatives = law.alternativeKeys().stream().filter(f::has).toList();
        if (!law.alternativeKeys().isEmpty() && alternatives.size() != 1) {
            throw node.problem("give exactly one of " + String.join(" or ", law.alternativeKeys()) + " (got "
                    + (alternatives.isEmpty() ? "neither" : "both") + ")");
        }
        Set<String> given = new LinkedHashSet<>(law.commonKeys());
        given.addAll(alternatives);
        GrowthLaw.Form form = law.form(given).orElseThrow();
        for (String name : alternatives) {
            GrowthLaw.Key key = form.key(name).orElseThrow();
            values.put(name, growthValues(f.required(name, key.hint()), key, cells));
        }
        return build(node, () -> new Growth(form, values));
    }

    private static List<Double> growthValues(Node node, GrowthLaw.Key key, double cells) {
        if (node.isList()) {
            if (!key.perKillDose()) {
                throw node.problem("expected a number, got a list" + GrowthLaw.lists(key.name())
                        .map(k -> " (a list of " + k.label() + "s needs law " + k.law() + ")").orElse(""));
            }
            List<Node> elements = node.list();
            if (elements.isEmpty()) {
                throw node.problem("must list at least one " + key.label());
            }
            List<Double> values = new ArrayList<>();
            elements.forEach(e -> values.add(e.positive()));
            return values;
        }
        double x = node.positive();
        if (!key.range().admits(x, cells)) {
            throw node.problem("must be " + key.range().rule(cells) + " (got " + node.shown() + ")");
        }
        return List.of(x);
    }

    private static List<Treatment> treatments(Node node, double horizon) {
        List<Treatment> treatments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node element : node.list()) {
            treatments.add(treatment(element, names, treatments, horizon));
        }
        return treatments;
    }

    private static Treatment treatment(Node node, Set<String> namesSoFar, List<Treatment> earlier, double horizon) {
        Fields f = node.fields("name", "kill_fraction", "agent", "dose", "unit", "route", "infusion_hours",
                "start_day", "every_days", "cycles", "days", "fractions", "weekdays", "between", "gap_days",
                "offset_days", "duration_days", "after_last_days");
        boolean byAgent = f.has("agent");
        if (byAgent && f.has("kill_fraction")) {
            throw node.problem("give either kill_fraction or agent with dose, not both");
        }
        AgentDose agent = byAgent ? TreatmentAgents.read(node, f) : null;
        Node nameNode = byAgent ? node.child("name")
                : f.required("name", "letters, digits, '.', '_' or '-', unique among the treatments");
        String name = byAgent && !f.has("name") ? agent.agentId() : nameNode.string();
        if (!Treatment.NAME.matcher(name).matches()) {
            throw nameNode.problem("must be 1 to 100 letters, digits, '.', '_' or '-' (got " + nameNode.shown() + ")");
        }
        if (!namesSoFar.add(name)) {
            throw (f.has("name") ? nameNode : node).problem("duplicate treatment name '" + name + "'"
                    + (f.has("name") ? "" : " (name defaults to the agent id; give each a name)"));
        }
        if (!byAgent) {
            for (String key : TreatmentAgents.KEYS) {
                if (f.has(key)) {
                    throw node.child(key).problem("applies only to a treatment with agent (this one has kill_fraction)");
                }
            }
        }
        Schedule schedule = f.has("between") ? BetweenSchedule.read(node, f, earlier, horizon) : schedule(node, f);
        if (byAgent) {
            return build(node, () -> new Treatment.AgentTreatment(name, agent, schedule));
        }
        double kill = f.required("kill_fraction", "the fraction of cancer cells killed per dose, in [0, 1);"
                + " or give agent and dose").fraction();
        return build(node, () -> new Treatment.KillFraction(name, kill, schedule));
    }

    private static Schedule schedule(Node node, Fields f) {
        for (String key : BETWEEN_KEYS) {
            if (f.has(key)) {
                throw node.child(key).problem("belongs to the between schedule form (between: <treatment> with every_days)");
            }
        }
        if (f.has("fractions") || f.has("weekdays")) {
            return weekdays(node, f);
        }
        boolean periodic = false;
        for (String key : PERIODIC_KEYS) {
            periodic |= f.has(key);
        }
        boolean listed = f.has("days");
        if (periodic == listed) {
            throw node.problem("give exactly one schedule form: start_day/every_days/cycles, days,"
                    + " start_day/fractions/weekdays, or between/every_days/gap_days (got "
                    + (listed ? "both" : "neither") + ")");
        }
        if (listed) {
            Node daysNode = f.required("days", "the dose days");
            List<Node> elements = daysNode.list();
            if (elements.isEmpty()) {
                throw daysNode.problem("must list at least one day");
            }
            if (elements.size() > Schedule.MAX_DOSES) {
                throw daysNode.problem("must list at most " + Schedule.MAX_DOSES + " days (got " + elements.size() + ")");
            }
            List<Double> days = new ArrayList<>();
            Set<Double> seen = new HashSet<>();
            for (Node e : elements) {
                double day = e.nonNegative();
                if (!seen.add(day)) {
                    throw e.problem("day " + e.shown() + " is listed twice");
                }
                days.add(day);
            }
            return build(daysNode, () -> new Schedule.OnDays(days));
        }
        double start = f.optional("start_day").map(Node::nonNegative).orElse(0.0);
        Node everyNode = f.required("every_days", "days between doses, > 0");
        double every = everyNode.positive();
        int cycles = f.required("cycles", "number of doses, >= 1").wholeNumber(1, Schedule.MAX_DOSES);
        if (!Double.isFinite(Schedule.Periodic.lastDay(start, every, cycles))) {
            throw everyNode.problem("puts the last dose beyond any finite day (got " + everyNode.shown() + ")");
        }
        return build(node, () -> new Schedule.Periodic(start, every, cycles));
    }

    private static Schedule weekdays(Node node, Fields f) {
        for (String key : List.of("every_days", "cycles", "days")) {
            if (f.has(key)) {
                throw node.child(key).problem("does not combine with fractions/weekdays (the weekday form is"
                        + " start_day + fractions + weekdays: true)");
            }
        }
        Node weekdays = f.required("weekdays", "true: one dose each weekday, Monday to Friday");
        if (!weekdays.bool()) {
            throw weekdays.problem("must be true (for other spacings use start_day/every_days/cycles or days)");
        }
        int fractions = f.required("fractions", "number of weekday doses, >= 1").wholeNumber(1, Schedule.MAX_DOSES);
        double start = f.optional("start_day").map(Node::nonNegative).orElse(0.0);
        return build(node, () -> new Schedule.Weekdays(start, fractions));
    }

    private static Patient patient(Node node) {
        Fields f = node.fields("species", "bsa_m2", "weight_kg");
        HostSpecies species = f.optional("species").map(n -> HostSpecies.of(n.choice(HostSpecies.ids()))).orElse(HostSpecies.HUMAN);
        Patient d = Patient.defaults(species);
        double bsa = f.optional("bsa_m2").map(n -> n.in(InputRange.BSA)).orElse(d.bsaM2());
        double weight = f.optional("weight_kg").map(n -> n.in(InputRange.WEIGHT)).orElse(d.weightKg());
        return build(node, () -> new Patient(species, bsa, weight));
    }

    private static EndpointSettings endpoints(Node node, double days) {
        Fields f = node.fields("cells_per_cm3", "partial_response_change", "progression_change", "detectable_cells",
                "assessment");
        EndpointSettings d = EndpointSettings.DEFAULT;
        double density = f.optional("cells_per_cm3").map(Node::positive).orElse(d.cellsPerCm3());
        double response = f.optional("partial_response_change").map(Node::number).orElse(d.partialResponseChange());
        double progression = f.optional("progression_change").map(Node::positive).orElse(d.progressionChange());
        double detectable = f.optional("detectable_cells").map(Node::positive).orElse(d.detectableCells());
        EndpointSettings.AssessmentSchedule assessment = f.optional("assessment").map(a -> assessment(a, days))
                .orElse(d.assessment());
        return build(node, () -> new EndpointSettings(density, response, progression, detectable, assessment));
    }

    private static EndpointSettings.AssessmentSchedule assessment(Node a, double days) {
        if (a.isNumber()) {
            double every = a.positive();
            double scans = Math.floor(days / every);
            if (scans > EndpointSettings.MAX_SCANS) {
                throw a.problem("gives " + InputRange.shown(scans) + " scans over " + InputRange.shown(days) + " days (at most "
                        + EndpointSettings.MAX_SCANS + "; give at least " + InputRange.shown(days / EndpointSettings.MAX_SCANS)
                        + " days between scans)");
            }
            return new EndpointSettings.EveryDays(every);
        }
        return Optional.of(a).filter(Node::isText).flatMap(t -> EndpointSettings.AssessmentSchedule.named(t.string()))
                .orElseThrow(() -> a.problem("must be " + EndpointSettings.AssessmentSchedule.BEFORE_DOSES.mode() + ", "
                        + EndpointSettings.AssessmentSchedule.CONTINUOUS.mode() + " or a number of days between scans (got "
                        + a.shown() + ")"));
    }

    private static void checkValuesPerKillDose(Node growth, Growth g, List<Treatment> treatments) {
        for (GrowthLaw.Key key : g.form().keys()) {
            int values = g.values(key.name()).size();
            int doses = Scenario.killDoseCount(treatments);
            if (key.perKillDose() && values > Scenario.maxDoublingValues(treatments)) {
                String scheduled = doses == 0 ? "no kill doses are scheduled" : "only " + doses + " kill dose"
                        + (doses == 1 ? " is" : "s are") + " scheduled";
                throw growth.child(key.name()).problem(values + " values but " + scheduled
                        + " (value k applies after the k-th kill dose; give at most " + Math.max(1, doses) + ")");
            }
        }
    }

    /** @return the {@code model:} value: a non-blank string (a built-in id or a path) */
    private static String model(Node node) {
        String value = node.string();
        if (value.isBlank()) {
            throw node.problem("must be a built-in model id (" + Scenario.BUILT_IN_MODEL
                    + ") or a path to a model folder or .ant file, not empty");
        }
        return value.strip();
    }

    private static Map<String, Double> parameters(Node node) {
        Fields f = node.mapping();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : f.keys()) {
            values.put(key, node.child(key).number());
        }
        return values;
    }

    /**
     * Builds a record, turning a violated record invariant the reader did not check first into a
     * problem of {@code node}, so that the reader only ever throws {@link ScenarioException}.
     */
    static <T> T build(Node node, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw node.problem(e.getMessage());
        }
    }

    /** A parser that refuses YAML aliases ({@code *name}), which Jackson would read as plain text. */
    private static final class AliasRefusingParser extends JsonParserDelegate {
        private final YAMLParser yaml;

        AliasRefusingParser(YAMLParser yaml) {
            super(yaml);
            this.yaml = yaml;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return refuseAlias(super.nextToken());
        }

        @Override
        public String nextFieldName() throws IOException {
            String name = super.nextFieldName();
            refuseAlias(currentToken());
            return name;
        }

        private JsonToken refuseAlias(JsonToken token) throws IOException {
            if (yaml.isCurrentAlias()) {
                throw new JsonParseException(this, "YAML aliases (*" + yaml.getText() + ") are not supported; write the value out");
            }
            return token;
        }
    }
}
