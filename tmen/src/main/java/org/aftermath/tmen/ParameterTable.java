package org.aftermath.tmen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.NearestNames;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Species;
import org.aftermath.tmen.ParameterValue.SetBy;
import org.aftermath.tmen.scenario.DistributionSpec;
import org.aftermath.tmen.scenario.InputRange;
import org.aftermath.tmen.scenario.ScenarioException;

/**
 * Every parameter of a scenario's model, with the value a run starts from, what set it, the
 * scenario field that set it, and the two checks any value must pass wherever it is set — the
 * model file's hard domain ({@link Model#domain}) and the limit a scenario key imposes
 * ({@link InputRange}) — plus the plausible range, which only warns. The scenario compiler fills
 * it from the model files, the scenario's keys, {@code parameters:} and {@code --param}; the
 * variability block's distributions are checked against it before any draw.
 */
final class ParameterTable {

    private static final int CLOSEST_NAMES = 3;

    /** One parameter. */
    private static final class Entry {
        Parameter parameter;
        SetBy setBy = SetBy.MODEL_FILE;
        String path;
        InputRange limit;
        Domain domain;

        Entry(Parameter parameter, Domain domain) {
            this.parameter = parameter;
            this.domain = domain;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<InitialAssignment> initialAssignments = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Model model;
    private final String source;
    private final double cells;

    /**
     * @param model  the merged model files: its parameters at their file values
     * @param source the scenario's file, for messages
     * @param cells  the scenario's initial cancer cells ({@link InputRange#ABOVE_CELLS})
     * @param ids    every id the model defines (new parameters may not reuse one)
     */
    ParameterTable(Model model, String source, double cells, Collection<String> ids) {
        this.model = model;
        this.source = source;
        this.cells = cells;
        this.ids.addAll(ids);
        model.parameters().forEach(p -> entries.put(p.id(), new Entry(p, model.domain(p).orElse(null))));
        initialAssignments.addAll(model.initialAssignments());
        List<ModelException.Problem> problems = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.domain != null && computedFrom(e.parameter.id()) == null && !e.domain.contains(e.parameter.value())) {
                problems.add(new ModelException.Problem(e.parameter.origin(), "parameter '" + e.parameter.id() + "' = "
                        + e.parameter.value() + " is outside its domain " + e.domain));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }

    /** @return true if the model has this parameter */
    boolean has(String id) {
        return entries.containsKey(id);
    }

    /** @return the parameter */
    Parameter get(String id) {
        return entry(id).parameter;
    }

    /**
     * Sets a model parameter to a scenario key's value; if the file computes it at t = 0, the
     * value replaces that computation.
     *
     * @param id    the parameter
     * @param value the key's value, already checked by the reader against {@code limit}
     * @param path  the key, e.g. {@code tumor.growth.doubling_days}
     * @param limit the key's range, kept for overrides (null: the domain alone)
     * @throws ScenarioException if the value is outside the parameter's domain
     */
    void set(String id, double value, String path, InputRange limit) {
        Entry e = entry(id);
        checkDomain(e, value, source, path);
        e.parameter = e.parameter.withValue(value);
        e.setBy = SetBy.SCENARIO;
        e.path = path;
        if (limit != null) {
            e.limit = limit;
        }
        dropInitialAssignment(id);
    }

    /**
     * Adds a parameter the scenario defines (a kill fraction, a dose, a per-dose value).
     *
     * @throws ScenarioException if the id is already used by the model
     */
    void add(Parameter p, String path, InputRange limit) {
        if (!ids.add(p.id())) {
            throw new ScenarioException(source, path, "needs model id '" + p.id() + "', which the growth module already uses");
        }
        Entry e = new Entry(p, p.provenance() == null ? null : p.provenance().domain());
        e.setBy = SetBy.SCENARIO;
        e.path = path;
        e.limit = limit;
        entries.put(p.id(), e);
    }

    /** Claims an id (an event's) so that no parameter takes it; false if it is taken. */
    boolean claim(String id) {
        return ids.add(id);
    }

    private void dropInitialAssignment(String id) {
        initialAssignments.removeIf(a -> a.variable().equals(id));
    }

    void addInitialAssignment(InitialAssignment a) {
        initialAssignments.add(a);
    }

    List<InitialAssignment> initialAssignments() {
        return initialAssignments;
    }

    /**
     * Overrides a parameter ({@code parameters:} or {@code --param}).
     *
     * @throws ScenarioException {@code file: path: ...} if the name is unknown or computed, or the
     *                           value is not finite, outside the domain or breaks a key's limit
     */
    void override(String name, Double value, SetBy by, String file, String path) {
        Entry e = overridable(name, file, path);
        if (value == null || !Double.isFinite(value)) {
            throw new ScenarioException(file, path, "must be a finite number (got " + value + ")");
        }
        if (e.limit != null && !e.limit.admits(value, cells)) {
            throw new ScenarioException(file, path, "must be " + e.limit.rule(cells) + " (got " + value + ")");
        }
        checkDomain(e, value, file, path);
        e.parameter = e.parameter.withValue(value);
        e.setBy = by;
        e.path = path;
    }

    /**
     * Checks a parameter of {@code variability:} like an override, and that its distribution
     * draws only values its domain and limit admit (a continuous law's support up to its ends).
     *
     * @return a warning if the law draws values outside the plausible range, else empty
     */
    Optional<String> checkVaried(String name, DistributionSpec distribution, String path) {
        Entry e = overridable(name, source, path);
        if (e.limit != null && !e.limit.fits(distribution, cells)) {
            throw new ScenarioException(source, path, distribution.law() + " draws can fall outside the"
                    + " parameter's range (it must be " + e.limit.rule(cells) + "; the draws span "
                    + distribution.lowerBound() + " .. " + distribution.upperBound() + ")");
        }
        if (e.domain != null && !fits(e.domain, distribution)) {
            throw new ScenarioException(source, path, distribution.law() + " draws can fall outside the domain "
                    + e.domain + " of " + name + " (" + e.parameter.origin() + "; the draws span "
                    + distribution.lowerBound() + " .. " + distribution.upperBound() + ")");
        }
        Provenance p = e.parameter.provenance();
        if (p == null || p.min() == null && p.max() == null) {
            return Optional.empty();
        }
        double outside = distribution.probabilityOutside(p.min(), p.max());
        if (outside < 0.005) {
            return Optional.empty();
        }
        return Optional.of(source + ": " + path + ": " + distribution.law() + " draws " + percent(outside)
                + " of patients outside the plausible range " + p.rangeText() + " of " + name + " ("
                + e.parameter.origin() + ")");
    }

    private static boolean fits(Domain d, DistributionSpec distribution) {
        if (!distribution.continuous()) {
            return distribution.values().stream().allMatch(d::contains);
        }
        return d.holdsSupport(distribution.lowerBound(), distribution.upperBound());
    }

    private static String percent(double p) {
        double pct = 100 * p;
        return (pct >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", pct)
                : String.format(java.util.Locale.ROOT, "%.1f", pct)) + " %";
    }

    /**
     * @return one line per parameter whose value a scenario key, {@code parameters:} or
     *         {@code --param} set outside its plausible range
     */
    List<String> rangeWarnings() {
        List<String> warnings = new ArrayList<>();
        for (Entry e : entries.values()) {
            Provenance p = e.parameter.provenance();
            if (e.setBy == SetBy.MODEL_FILE || p == null || !p.outsideRange(e.parameter.value())) {
                continue;
            }
            String where = e.setBy == SetBy.COMMAND_LINE ? ScenarioCompiler.COMMAND_LINE : source;
            warnings.add(where + ": " + e.path + ": " + e.parameter.value() + " is outside the plausible range "
                    + p.rangeText() + " of " + e.parameter.id() + " (" + e.parameter.origin() + ")");
        }
        return warnings;
    }

    private void checkDomain(Entry e, double value, String file, String path) {
        if (e.domain != null && !e.domain.contains(value)) {
            throw new ScenarioException(file, path, "must be in " + e.domain + ", the domain of " + e.parameter.id()
                    + " (" + e.parameter.origin() + ") (got " + value + ")");
        }
    }

    private Entry entry(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            throw new IllegalStateException("no parameter " + id);
        }
        return e;
    }

    /** @return the entry of {@code name}, which an override may set */
    private Entry overridable(String name, String file, String path) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new ScenarioException(file, path, unknownParameter(name));
        }
        Set<String> computedFrom = computedFrom(name);
        if (computedFrom != null) {
            throw new ScenarioException(file, path, computedFrom.isEmpty()
                    ? "is computed by the model and cannot be overridden"
                    : "is computed at t = 0 from " + String.join(", ", computedFrom) + "; override "
                            + (computedFrom.size() == 1 ? "that" : "those") + " instead");
        }
        return e;
    }

    private String unknownParameter(String name) {
        if (model.species().stream().map(Species::id).anyMatch(name::equals)) {
            return "'" + name + "' is a species, not a parameter";
        }
        if (model.compartments().stream().map(Compartment::id).anyMatch(name::equals)) {
            return "'" + name + "' is a compartment, not a parameter";
        }
        List<String> closest = NearestNames.closest(name, entries.keySet(), CLOSEST_NAMES);
        return "unknown model parameter" + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")");
    }

    /**
     * @return null if {@code name} is not computed, else the parameters its initial assignment
     *         or assignment rule reads (possibly none)
     */
    private Set<String> computedFrom(String name) {
        for (InitialAssignment a : initialAssignments) {
            if (a.variable().equals(name)) {
                return parameterRefs(a.math());
            }
        }
        for (AssignmentRule r : model.assignmentRules()) {
            if (r.variable().equals(name)) {
                return parameterRefs(r.math());
            }
        }
        return null;
    }

    private Set<String> parameterRefs(Expr math) {
        Set<String> refs = math.references();
        refs.retainAll(entries.keySet());
        return refs;
    }

    /** @return the parameters in table order, those in {@code assigned} (by events) made non-constant */
    List<Parameter> parameters(Set<String> assigned) {
        return entries.values().stream().map(e -> e.parameter)
                .map(p -> assigned.contains(p.id()) && p.constant()
                        ? new Parameter(p.id(), p.value(), p.unit(), false, p.provenance(), p.origin())
                        : p)
                .toList();
    }

    /** @return every value the run starts from and what set it, without the parameters computed at t = 0 */
    List<ParameterValue> values() {
        return entries.values().stream()
                .filter(e -> computedFrom(e.parameter.id()) == null)
                .map(e -> new ParameterValue(e.parameter.id(), e.parameter.value(), e.parameter.unit(), e.setBy))
                .toList();
    }
}
