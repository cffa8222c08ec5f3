package org.aftermath.report.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Places a model's observables in the report's figures, from the declarations in
 * {@code panels.yaml}: no observable is special-cased in code. Members of a panel are the
 * time-course columns matching its patterns; observables in no panel are listed by
 * {@link #unplaced}.
 *
 * @param tumourColumns columns the tumour figure draws or reports
 * @param panels        panels in report order
 */
public record ObservableCatalog(@JsonProperty("tumour_columns") List<String> tumourColumns,
                                List<PanelSpec> panels) {

    private static final ObservableCatalog BUNDLED = load();

    public ObservableCatalog {
        tumourColumns = List.copyOf(tumourColumns);
        panels = List.copyOf(panels);
    }

    /** @return the catalog bundled with the report ({@code panels.yaml}) */
    public static ObservableCatalog bundled() {
        return BUNDLED;
    }

    /**
     * A panel with the observables it draws.
     *
     * @param spec    the panel
     * @param columns time-course column names, in time-course order
     * @param labels  series labels, parallel to {@code columns}
     */
    public record Group(PanelSpec spec, List<String> columns, List<String> labels) {
        public Group {
            columns = List.copyOf(columns);
            labels = List.copyOf(labels);
        }
    }

    /**
     * @param columns the time course's columns ({@code day} first)
     * @return the non-empty panels in declaration order
     */
    public List<Group> group(List<String> columns) {
        Set<String> placed = new LinkedHashSet<>(tumourColumns);
        placed.add(columns.get(0));
        List<Group> groups = new ArrayList<>();
        for (PanelSpec spec : panels) {
            List<String> cols = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String c : columns) {
                if (placed.contains(c)) {
                    continue;
                }
                String label = spec.label(c);
                if (label != null) {
                    cols.add(c);
                    labels.add(label);
                }
            }
            placed.addAll(cols);
            if (!cols.isEmpty()) {
                groups.add(new Group(spec, cols, labels));
            }
        }
        return groups;
    }

    /**
     * @param columns the time course's columns ({@code day} first)
     * @param groups  what {@link #group} returned for them
     * @return the observables neither the tumour figure nor any panel draws, in column order
     */
    public List<String> unplaced(List<String> columns, List<Group> groups) {
        Set<String> placed = new LinkedHashSet<>(tumourColumns);
        placed.add(columns.get(0));
        groups.forEach(g -> placed.addAll(g.columns()));
        return columns.stream().filter(c -> !placed.contains(c)).toList();
    }

    private static ObservableCatalog load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ObservableCatalog.class.getResourceAsStream("panels.yaml")) {
            if (in == null) {
                throw new IllegalStateException("panels.yaml missing from the build");
            }
            return yaml.readValue(in, ObservableCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("panels.yaml: " + e.getMessage(), e);
        }
    }
}
