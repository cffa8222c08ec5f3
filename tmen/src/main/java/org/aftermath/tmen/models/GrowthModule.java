package org.aftermath.tmen.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Species;
import org.aftermath.tmen.scenario.Growth;
import org.aftermath.tmen.scenario.GrowthLaw;

/**
 * A bundled tumour growth-law model file (Antimony, in {@code org/aftermath/tmen/models/}) and the
 * contract between it and the scenario compiler, as the growth laws' description
 * ({@link GrowthLaw}) gives it. Every growth module declares the species {@value #CELLS} (viable
 * cancer cells, no initial assignment), the observable {@value #TUMOR_CELLS} and the parameters
 * that the keys of every form using the file set ({@link #parameters()}).
 *
 * @param fileName   the file, e.g. {@code tumor-gompertz.ant}
 * @param parameters ids of the parameters scenario keys set, in the order of the keys
 */
public record GrowthModule(String fileName, List<String> parameters) {

    /** Species id of the viable cancer cells, in cells. */
    public static final String CELLS = "N";
    /** Observable id of the tumour burden, in cells. */
    public static final String TUMOR_CELLS = "tumor_cells";

    public GrowthModule {
        parameters = List.copyOf(parameters);
    }

    /** @return one module per growth-law file, in the order of {@link GrowthLaw#ALL} */
    public static List<GrowthModule> all() {
        return GrowthLaw.files().stream().map(f -> forFile(f).orElseThrow()).toList();
    }

    /** @return the module for a growth law's form */
    public static GrowthModule of(Growth growth) {
        return forFile(growth.form().file()).orElseThrow();
    }

    /** @return the module of a file name, if some growth law uses that file */
    public static Optional<GrowthModule> forFile(String fileName) {
        Set<String> parameters = new LinkedHashSet<>();
        for (GrowthLaw law : GrowthLaw.ALL) {
            for (GrowthLaw.Form form : law.forms()) {
                if (form.file().equals(fileName)) {
                    form.keys().forEach(k -> parameters.add(k.parameter()));
                }
            }
        }
        return parameters.isEmpty() ? Optional.empty() : Optional.of(new GrowthModule(fileName, List.copyOf(parameters)));
    }

    /** @return the class-path resource, e.g. {@code org/aftermath/tmen/models/tumor-exponential.ant} */
    public String resource() {
        return BuiltInModels.FOLDER + fileName;
    }

    /** @return the model file's text */
    public String source() {
        try (InputStream in = GrowthModule.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(), e);
        }
    }

    /**
     * @return the model file read with the kernel's Antimony reader; origins name
     *         {@link #resource()}
     * @throws ModelException if the file does not parse (a packaging defect)
     */
    public Model read() {
        return AntimonyReader.parse(source(), resource());
    }

    /**
     * @param growth a growth law whose form uses this module's file
     * @return the model parameter each key sets → its value (for a list, the first), in key order
     * @throws IllegalArgumentException if the law uses another file
     */
    public static Map<String, Double> values(Growth growth) {
        Map<String, Double> values = new LinkedHashMap<>();
        growth.form().keys().forEach(k -> values.put(k.parameter(), growth.value(k.name())));
        return values;
    }

    /**
     * Checks that a model honours this module's contract.
     *
     * @param model a model read from this module's file, or a replacement for it
     * @throws ModelException naming every missing element
     */
    public void checkContract(Model model) {
        Origin origin = new Origin(model.id() == null ? resource() : model.id(), 0);
        List<ModelException.Problem> problems = new ArrayList<>();
        if (model.species().stream().map(Species::id).noneMatch(CELLS::equals)) {
            problems.add(new ModelException.Problem(origin, "growth module " + fileName + " must declare species " + CELLS));
        }
        if (model.initialAssignments().stream().anyMatch(a -> a.variable().equals(CELLS))) {
            problems.add(new ModelException.Problem(origin, "species " + CELLS + " must not have an initial assignment (tumor.cells sets it)"));
        }
        if (model.assignmentRules().stream().noneMatch(r -> r.variable().equals(TUMOR_CELLS))) {
            problems.add(new ModelException.Problem(origin, "growth module " + fileName + " must define observable " + TUMOR_CELLS + " := ..."));
        }
        for (String p : parameters) {
            if (model.parameters().stream().map(Parameter::id).noneMatch(p::equals)) {
                problems.add(new ModelException.Problem(origin, "growth module " + fileName + " must declare parameter " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }
}
