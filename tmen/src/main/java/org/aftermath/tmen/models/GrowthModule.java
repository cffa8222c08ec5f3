package org.aftermath.tmen.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Species;
import org.aftermath.tmen.scenario.Growth;

/**
 * The bundled tumour growth-law model files (Antimony, in {@code org/aftermath/tmen/models/}) and
 * the contract between them and the scenario compiler. Every growth module declares the species
 * {@value #CELLS} (viable cancer cells, no initial assignment), the observable
 * {@value #TUMOR_CELLS} and the parameters its law's scenario keys set ({@link #parameters()}).
 */
public enum GrowthModule {

    /** {@code dN/dt = ln2 / doubling_days * N}; sets {@value #DOUBLING_DAYS}. */
    EXPONENTIAL("tumor-exponential.ant", List.of(GrowthModule.DOUBLING_DAYS)),

    /** {@code dN/dt = gompertz_rate N ln(carrying_capacity / N)}; sets both. */
    GOMPERTZ("tumor-gompertz.ant", List.of(GrowthModule.CARRYING_CAPACITY, GrowthModule.GOMPERTZ_RATE)),

    /**
     * Gompertz with {@code gompertz_rate = ln2 / (doubling_days ln(carrying_capacity / N(0)))}
     * computed at t = 0; sets {@value #CARRYING_CAPACITY} and {@value #DOUBLING_DAYS}.
     */
    GOMPERTZ_DOUBLING("tumor-gompertz-doubling.ant", List.of(GrowthModule.CARRYING_CAPACITY, GrowthModule.DOUBLING_DAYS));

    /** Species id of the viable cancer cells, in cells. */
    public static final String CELLS = "N";
    /** Observable id of the tumour burden, in cells. */
    public static final String TUMOR_CELLS = "tumor_cells";
    /** Parameter id of the doubling time, in days. */
    public static final String DOUBLING_DAYS = "doubling_days";
    /** Parameter id of the Gompertz plateau, in cells. */
    public static final String CARRYING_CAPACITY = "carrying_capacity";
    /** Parameter id of the Gompertz rate constant a, in 1/day. */
    public static final String GOMPERTZ_RATE = "gompertz_rate";

    private final String fileName;
    private final List<String> parameters;

    GrowthModule(String fileName, List<String> parameters) {
        this.fileName = fileName;
        this.parameters = parameters;
    }

    /** @return the module for a growth law */
    public static GrowthModule of(Growth growth) {
        if (growth instanceof Growth.Exponential) {
            return EXPONENTIAL;
        }
        if (growth instanceof Growth.Gompertz) {
            return GOMPERTZ;
        }
        return GOMPERTZ_DOUBLING;
    }

    /** @return the class-path resource, e.g. {@code org/aftermath/tmen/models/tumor-exponential.ant} */
    public String resource() {
        return "org/aftermath/tmen/models/" + fileName;
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

    /** @return ids of the parameters the scenario's growth keys set, in a fixed order */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * @param growth a growth law of this module
     * @return the value of each of {@link #parameters()} the law sets; for a list of doubling
     *         times, the first
     * @throws IllegalArgumentException if the law belongs to another module
     */
    public Map<String, Double> values(Growth growth) {
        if (of(growth) != this) {
            throw new IllegalArgumentException(growth.law() + " growth does not belong to module " + this);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        if (growth instanceof Growth.Exponential e) {
            values.put(DOUBLING_DAYS, e.doublingDays().get(0));
        } else if (growth instanceof Growth.Gompertz g) {
            values.put(CARRYING_CAPACITY, g.carryingCapacity());
            values.put(GOMPERTZ_RATE, g.ratePerDay());
        } else if (growth instanceof Growth.GompertzDoubling g) {
            values.put(CARRYING_CAPACITY, g.carryingCapacity());
            values.put(DOUBLING_DAYS, g.doublingDays());
        }
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
            problems.add(new ModelException.Problem(origin, "growth module " + this + " must declare species " + CELLS));
        }
        if (model.initialAssignments().stream().anyMatch(a -> a.variable().equals(CELLS))) {
            problems.add(new ModelException.Problem(origin, "species " + CELLS + " must not have an initial assignment (tumor.cells sets it)"));
        }
        if (model.assignmentRules().stream().noneMatch(r -> r.variable().equals(TUMOR_CELLS))) {
            problems.add(new ModelException.Problem(origin, "growth module " + this + " must define observable " + TUMOR_CELLS + " := ..."));
        }
        for (String p : parameters) {
            if (model.parameters().stream().map(Parameter::id).noneMatch(p::equals)) {
                problems.add(new ModelException.Problem(origin, "growth module " + this + " must declare parameter " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }
}
