package org.aftermath.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.Schedule;
import org.aftermath.tmen.scenario.Treatment;

/**
 * A scenario file as a YAML tree, with the two treatments a schedule search edits: the cytotoxic
 * treatment (a {@code start_day/every_days/cycles} schedule, whose {@code every_days} is
 * searched) and the modulator given {@code between} its doses. A {@link Candidate} becomes a
 * scenario by editing that tree: the cytotoxic {@code every_days}; the modulator treatment
 * replaced by one with {@code between}, {@code every_days}, {@code offset_days},
 * {@code duration_days} and {@code dose} (the scenario's own modulator keeps its other keys, such
 * as {@code name}, {@code unit} and {@code route}); everything else as written. Comments are not
 * kept. The edited text is read back with {@link ScenarioReader}, so every candidate is validated
 * exactly as a file would be. Immutable and thread-safe.
 */
public final class ScheduleTemplate {

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final List<String> WINDOW_KEYS = List.of("between", "every_days", "gap_days", "offset_days",
            "duration_days", "after_last_days");

    private final ObjectNode tree;
    private final String source;
    private final Scenario scenario;
    private final Treatment cytotoxic;
    private final int cytotoxicIndex;
    private final int modulatorIndex;
    private final ModulatorOption ownModulator;
    private final Candidate own;

    private ScheduleTemplate(ObjectNode tree, String source, Scenario scenario, int cytotoxicIndex, int modulatorIndex) {
        this.tree = tree;
        this.source = source;
        this.scenario = scenario;
        this.cytotoxicIndex = cytotoxicIndex;
        this.cytotoxic = scenario.treatments().get(cytotoxicIndex);
        this.modulatorIndex = modulatorIndex;
        double every = ((Schedule.Periodic) cytotoxic.schedule()).everyDays();
        if (modulatorIndex < 0) {
            this.ownModulator = null;
            this.own = new Candidate(null, Double.NaN, Double.NaN, Double.NaN, every);
        } else {
            Treatment m = scenario.treatments().get(modulatorIndex);
            Schedule.Between b = (Schedule.Between) m.schedule();
            this.ownModulator = m instanceof Treatment.AgentTreatment a
                    ? new ModulatorOption(a.agent().agentId(), a.agent().dose(), a.agent().unit().label(), b.everyDays())
                    : new ModulatorOption(m.name(), Double.NaN, null, b.everyDays());
            double window = every - b.offsetDays() - b.gapDays();
            double duration = b.durationDays() != null ? Math.min(b.durationDays(), window) : window;
            this.own = new Candidate(ownModulator, b.offsetDays(), Math.max(0.0, duration),
                    m instanceof Treatment.AgentTreatment a ? a.agent().dose() : Double.NaN, every);
        }
    }

    /**
     * @param yaml          the scenario file's text
     * @param source        the file's path as given (messages; a relative {@code model:} resolves
     *                      against its folder)
     * @param cytotoxicName the treatment whose interval is searched, or null for the first
     *                      cytotoxic treatment ({@link Treatment#cytotoxic()})
     * @return the template
     * @throws org.aftermath.tmen.scenario.ScenarioException if the scenario is invalid
     * @throws IllegalArgumentException if it has no cytotoxic treatment, the named one is not
     *                                  cytotoxic, or its schedule has no {@code every_days}
     */
    public static ScheduleTemplate of(String yaml, String source, String cytotoxicName) {
        Scenario scenario = ScenarioReader.read(yaml, source);
        ObjectNode tree;
        try {
            tree = (ObjectNode) YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario reader accepted text Jackson cannot read", e);
        }
        List<Treatment> ts = scenario.treatments();
        int c = -1;
        for (int i = 0; i < ts.size(); i++) {
            Treatment t = ts.get(i);
            boolean wanted = cytotoxicName == null ? t.cytotoxic() && !(t.schedule() instanceof Schedule.Between)
                    : t.name().equals(cytotoxicName);
            if (wanted) {
                c = i;
                break;
            }
        }
        if (c < 0) {
            throw new IllegalArgumentException(cytotoxicName == null
                    ? source + ": treatments: the scenario has no cytotoxic treatment with its own schedule"
                    + " (a kill_fraction treatment or a genotoxic or anti-microtubule agent); optimize searches"
                    + " its interval and the modulator given between its doses"
                    : source + ": --cytotoxic: no treatment named '" + cytotoxicName + "' (treatments: "
                    + String.join(", ", ts.stream().map(Treatment::name).toList()) + ")");
        }
        Treatment cyto = ts.get(c);
        if (!cyto.cytotoxic()) {
            throw new IllegalArgumentException(source + ": treatment '" + cyto.name() + "' is not cytotoxic");
        }
        if (!(cyto.schedule() instanceof Schedule.Periodic)) {
            throw new IllegalArgumentException(source + ": treatments[" + c + "] (" + cyto.name() + "): the"
                    + " cytotoxic treatment needs a start_day/every_days/cycles schedule for its interval to be searched");
        }
        int m = -1;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).schedule() instanceof Schedule.Between b && b.treatment().equals(cyto.name())) {
                m = i;
                break;
            }
        }
        return new ScheduleTemplate(tree, source, scenario, c, m);
    }

    /** @return the scenario as written */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the cytotoxic treatment whose interval is searched */
    public Treatment cytotoxic() {
        return cytotoxic;
    }

    /** @return the scenario's own modulator (its treatment given between the cytotoxic doses), if any */
    public Optional<ModulatorOption> ownModulator() {
        return Optional.ofNullable(ownModulator);
    }

    /**
     * @return the scenario's own schedule as a candidate: its modulator's offset, its window
     *         length as the duration (the {@code duration_days} if shorter), its dose, and the
     *         cytotoxic interval
     */
    public Candidate own() {
        return own;
    }

    /** @return the name of the modulator treatment a candidate with {@code option} gives */
    public String treatmentName(ModulatorOption option) {
        if (option.equals(ownModulator)) {
            return scenario.treatments().get(modulatorIndex).name();
        }
        String id = option.agent();
        boolean taken = scenario.treatments().stream().anyMatch(t -> t.name().equals(id)
                && (modulatorIndex < 0 || !t.name().equals(scenario.treatments().get(modulatorIndex).name())));
        return taken ? id + "-between" : id;
    }

    /** @return the edited YAML tree of {@code candidate} (a fresh copy) */
    public ObjectNode tree(Candidate candidate) {
        ObjectNode root = tree.deepCopy();
        ArrayNode treatments = (ArrayNode) root.get("treatments");
        ((ObjectNode) treatments.get(cytotoxicIndex)).put("every_days", candidate.everyDays());
        ModulatorOption option = candidate.modulator();
        if (option == null) {
            return root;
        }
        ObjectNode node;
        if (option.equals(ownModulator)) {
            node = ((ObjectNode) treatments.get(modulatorIndex)).deepCopy();
            WINDOW_KEYS.forEach(node::remove);
        } else {
            node = root.objectNode();
            node.put("name", treatmentName(option));
            node.put("agent", option.agent());
            if (option.unit() != null) {
                node.put("unit", option.unit());
            }
        }
        if (option.hasDose()) {
            node.put("dose", candidate.dose());
        }
        node.put("every_days", option.everyDays());
        node.put("between", cytotoxic.name());
        node.put("offset_days", candidate.offsetDays());
        node.put("duration_days", candidate.durationDays());
        if (modulatorIndex >= 0) {
            treatments.set(modulatorIndex, node);
        } else {
            treatments.add(node);
        }
        return root;
    }

    /** @return the YAML text of {@code candidate}, read from where the original file is */
    public String yaml(Candidate candidate) {
        return write(tree(candidate));
    }

    /**
     * @param candidate a schedule
     * @param folder    where the file will be written; a relative {@code model:} path is rewritten
     *                  relative to it so the file runs from there
     * @return the YAML text of a scenario file for {@code candidate}
     */
    public String yamlIn(Candidate candidate, Path folder) {
        ObjectNode root = tree(candidate);
        JsonNode model = root.get("model");
        if (model != null && model.isTextual() && !model.textValue().strip().equals(Scenario.BUILT_IN_MODEL)) {
            Path parent = Path.of(source).toAbsolutePath().getParent();
            Path resolved = parent.resolve(model.textValue().strip()).normalize();
            Path from = folder.toAbsolutePath().normalize();
            root.put("model", from.relativize(resolved).toString());
        }
        return write(root);
    }

    /**
     * @return the scenario of {@code candidate}
     * @throws org.aftermath.tmen.scenario.ScenarioException if it is not a valid scenario (e.g. no
     *                                                       modulator dose falls in any window)
     */
    public Scenario scenario(Candidate candidate) {
        return ScenarioReader.read(yaml(candidate), source);
    }

    private static String write(ObjectNode root) {
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree could not be written", e);
        }
    }
}
