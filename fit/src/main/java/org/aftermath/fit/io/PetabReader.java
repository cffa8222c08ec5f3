package org.aftermath.fit.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.fit.problem.Condition;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.Noise;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.Prior;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.problem.Scale;
import org.aftermath.fit.problem.Transformation;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Model;
import org.aftermath.sbml.SbmlModel;
import org.aftermath.sbml.SbmlReader;

/**
 * Reads a PEtab v1 problem (the YAML file, its SBML model and the tab-separated tables of parameters, conditions,
 * observables and measurements) into an {@link EstimationProblem}, the form a fit file is read into too.
 * <ul>
 *   <li>The SBML model is imported by {@link SbmlReader}; its species are amounts in the kernel, so a formula's
 *       species id reads the species as SBML does (a concentration unless {@code hasOnlySubstanceUnits}) and a
 *       condition's species value is an initial concentration (multiplied by the compartment's size) or amount
 *       likewise.</li>
 *   <li>Formulas are PEtab's math ({@link PetabMath}); an observable formula reads model ids, parameters of the
 *       parameter table, {@code time} and its placeholders {@code observableParameter<n>_<id>}, a noise formula
 *       the same and {@code noiseParameter<n>_<id>} (its observable placeholders become noise placeholders).</li>
 *   <li>A measurement's observable and noise parameters are {@code ;}-separated numbers or parameter ids, one per
 *       placeholder; its time a number &ge; 0 or {@code inf} (steady state).</li>
 * </ul>
 * Bad input is refused with a {@link ProblemException} naming the file and the field, or row and column.
 * Several problems in one YAML file (PEtab v1's "problems combining multiple models") share the parameter table;
 * each has its own SBML model, conditions and measurements (condition ids unique over all), and an observable
 * defined in several must read the same in each. Not read: visualisation files (ignored), mapping files (refused).
 */
public final class PetabReader {

    private static final Set<String> KEYS = Set.of("format_version", "parameter_file", "problems");
    private static final Set<String> PROBLEM_KEYS = Set.of("sbml_files", "condition_files", "measurement_files",
            "observable_files", "visualization_files", "mapping_files");
    private static final List<String> PARAMETER_COLUMNS = List.of("parameterId", "parameterScale", "lowerBound",
            "upperBound", "nominalValue", "estimate");
    private static final List<String> OBSERVABLE_COLUMNS = List.of("observableId", "observableFormula",
            "noiseFormula");
    private static final List<String> CONDITION_COLUMNS = List.of("conditionId");
    private static final List<String> MEASUREMENT_COLUMNS = List.of("observableId", "simulationConditionId",
            "measurement", "time");
    private static final Set<String> CONDITION_META = Set.of("conditionId", "conditionName");

    private PetabReader() {
    }

    /** @return true when the text is PEtab's problem YAML (a mapping with {@code format_version}) */
    public static boolean isPetab(String yaml, String file) {
        return YamlNode.parse(yaml, file).has("format_version");
    }

    /**
     * @param sources where the referenced files come from
     * @param file    the YAML file's name as the user gave it (for messages)
     * @param main    its path relative to its folder
     * @return the problem
     * @throws ProblemException naming the file and the field, or row and column, of bad input
     * @throws org.aftermath.kernel.model.ModelException if the SBML model cannot be imported
     */
    public static EstimationProblem read(Sources sources, String file, String main) {
        YamlNode root = YamlNode.parse(sources.read(main, file, ""), file).mapping(KEYS);
        String version = root.get("format_version").text();
        if (!version.equals("1") && !version.startsWith("1.")) {
            throw root.get("format_version").problem("PEtab format version '" + version + "' is not supported"
                    + " (allowed: 1)");
        }
        List<YamlNode> problems = root.get("problems").elements();
        if (problems.isEmpty()) {
            throw root.get("problems").problem("no problem (give one: sbml_files, condition_files, ...)");
        }
        Path folder = Path.of(file).getParent();
        Reader r = new Reader(sources, file, folder);

        List<ProblemParameter> parameters = new ArrayList<>();
        for (DataTable t : r.tables(root.get("parameter_file"), PARAMETER_COLUMNS)) {
            parameters.addAll(parameters(t, parameters));
        }
        if (parameters.stream().noneMatch(ProblemParameter::estimated)) {
            throw root.get("parameter_file").problem("no parameter is estimated (estimate = 1 in no row)");
        }
        Map<String, ProblemParameter> table = new LinkedHashMap<>();
        parameters.forEach(p -> table.put(p.id(), p));

        Map<String, ObservableDefinition> observables = new LinkedHashMap<>();
        Map<String, Condition> conditions = new LinkedHashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (YamlNode entry : problems) {
            YamlNode problem = entry.mapping(PROBLEM_KEYS);
            if (problem.has("mapping_files") && !problem.get("mapping_files").elements().isEmpty()) {
                throw problem.get("mapping_files").problem("mapping files are not supported");
            }
            List<YamlNode> sbml = problem.get("sbml_files").elements();
            if (sbml.size() != 1) {
                throw problem.get("sbml_files").problem(sbml.size() + " SBML files; exactly one is supported");
            }
            String sbmlFile = sbml.get(0).text();
            SbmlModel model = SbmlReader.parse(sources.read(sbmlFile, file, sbml.get(0).path()), r.name(sbmlFile));

            Map<String, ObservableDefinition> own = new LinkedHashMap<>();
            for (DataTable t : r.tables(problem.get("observable_files"), OBSERVABLE_COLUMNS)) {
                for (int i = 0; i < t.size(); i++) {
                    ObservableDefinition o = observable(t, i, model, table);
                    if (own.put(o.id(), o) != null) {
                        throw t.problem(i, "observableId", "observable '" + o.id() + "' is defined twice");
                    }
                    ObservableDefinition before = observables.putIfAbsent(o.id(), o);
                    if (before != null && !before.equals(o)) {
                        throw t.problem(i, "observableId", "observable '" + o.id() + "' reads differently in the"
                                + " models of two problems of the YAML file");
                    }
                }
            }
            Map<String, Condition> ownConditions = new LinkedHashMap<>();
            for (DataTable t : r.tables(problem.get("condition_files"), CONDITION_COLUMNS)) {
                for (int i = 0; i < t.size(); i++) {
                    Condition c = condition(t, i, model, table);
                    if (ownConditions.put(c.id(), c) != null || conditions.put(c.id(), c) != null) {
                        throw t.problem(i, "conditionId", "condition '" + c.id() + "' is defined twice");
                    }
                }
            }
            for (DataTable t : r.tables(problem.get("measurement_files"), MEASUREMENT_COLUMNS)) {
                for (int i = 0; i < t.size(); i++) {
                    Measurement m = measurement(t, i, own, ownConditions, table);
                    measurements.add(m);
                    used.add(m.simulation());
                    if (m.preequilibration() != null) {
                        used.add(m.preequilibration());
                    }
                }
            }
        }
        if (measurements.isEmpty()) {
            throw root.get("problems").problem("no measurement rows");
        }
        List<Condition> usedConditions = conditions.values().stream().filter(c -> used.contains(c.id())).toList();
        return new EstimationProblem(name(file), file, parameters, observables.values().stream()
                .map(PetabReader::noiseWithNoisePlaceholdersOnly).toList(), usedConditions, measurements);
    }

    /** @return the problem's name: the YAML file's name without extension, as a name of [A-Za-z0-9._-] */
    static String name(String file) {
        Path p = Path.of(file).getFileName();
        String n = p == null ? "petab" : p.toString().replaceFirst("\\.(ya?ml)$", "");
        n = n.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "petab" : n;
    }

    // ------------------------------------------------------------------ parameters

    private static List<ProblemParameter> parameters(DataTable t, List<ProblemParameter> before) {
        List<ProblemParameter> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        before.forEach(p -> ids.add(p.id()));
        for (int i = 0; i < t.size(); i++) {
            String id = identifier(t, i, "parameterId");
            if (!ids.add(id)) {
                throw t.problem(i, "parameterId", "parameter '" + id + "' is listed twice");
            }
            String scaleText = t.required(i, "parameterScale");
            Scale scale = Scale.of(scaleText);
            if (scale == null) {
                throw t.problem(i, "parameterScale", "'" + scaleText + "' is not a scale (allowed: lin, log, log10)");
            }
            String estimateText = t.required(i, "estimate");
            if (!estimateText.equals("0") && !estimateText.equals("1")) {
                throw t.problem(i, "estimate", "'" + estimateText + "' is not 0 or 1");
            }
            boolean estimate = estimateText.equals("1");
            double nominal = t.cell(i, "nominalValue").isEmpty() ? Double.NaN : t.number(i, "nominalValue", false);
            double lower;
            double upper;
            if (estimate) {
                lower = t.number(i, "lowerBound", false);
                upper = t.number(i, "upperBound", false);
                if (!(lower < upper)) {
                    throw t.problem(i, "upperBound", "upper bound " + upper + " is not above the lower bound "
                            + lower);
                }
                if (scale != Scale.LIN && !(lower > 0)) {
                    throw t.problem(i, "lowerBound", "lower bound " + lower + " is not positive, but the scale is "
                            + scale.id());
                }
                if (Double.isNaN(nominal)) {
                    nominal = scale.toModel(0.5 * (scale.toScale(lower) + scale.toScale(upper)));
                } else if (scale != Scale.LIN && nominal < 0) {
                    throw t.problem(i, "nominalValue", nominal + " is negative, but the scale is " + scale.id());
                }
                // PEtab v1 uses nominalValue for fixed parameters only; an estimated one's may lie outside its
                // bounds (Lang_PLOSComputBiol2024: 0 on a log scale, -inf on the scale) and is evaluated as given
            } else {
                if (Double.isNaN(nominal)) {
                    throw t.problem(i, "nominalValue", "empty (a fixed parameter needs its value)");
                }
                lower = t.cell(i, "lowerBound").isEmpty() ? nominal : t.number(i, "lowerBound", false);
                upper = t.cell(i, "upperBound").isEmpty() ? nominal : t.number(i, "upperBound", false);
                if (lower > upper) {
                    throw t.problem(i, "upperBound", "upper bound " + upper + " is below the lower bound " + lower);
                }
            }
            Prior objective = prior(t, i, "objectivePriorType", "objectivePriorParameters", estimate, scale, lower,
                    upper);
            Prior initialization = prior(t, i, "initializationPriorType", "initializationPriorParameters", estimate,
                    scale, lower, upper);
            String name = t.cell(i, "parameterName");
            out.add(new ProblemParameter(id, name.isEmpty() ? id : name, scale, lower, upper, nominal, estimate,
                    objective, initialization));
        }
        return out;
    }

    /**
     * A prior of the row; its parameters default to {@code lowerBound;upperBound} (on the estimation scale for the
     * {@code parameterScale} types), as PEtab v1 specifies. A fixed parameter's prior without parameters is ignored.
     */
    private static Prior prior(DataTable t, int i, String typeColumn, String parametersColumn, boolean estimate,
                               Scale scale, double lower, double upper) {
        String type = t.cell(i, typeColumn);
        if (type.isEmpty()) {
            return null;
        }
        Prior.Type kind = Prior.Type.of(type);
        if (kind == null) {
            throw t.problem(i, typeColumn, "'" + type + "' is not a prior type (allowed: "
                    + String.join(", ", Prior.Type.ids()) + ")");
        }
        if (t.cell(i, parametersColumn).isEmpty()) {
            if (!estimate) {
                return null;
            }
            try {
                return kind.onScale() ? new Prior(kind, scale.toScale(lower), scale.toScale(upper))
                        : new Prior(kind, lower, upper);
            } catch (IllegalArgumentException e) {
                throw t.problem(i, parametersColumn, "empty, and the default lowerBound;upperBound does not suit: "
                        + e.getMessage());
            }
        }
        String[] parts = t.cell(i, parametersColumn).split(";", -1);
        if (parts.length != 2) {
            throw t.problem(i, parametersColumn, "a " + type + " prior takes two parameters separated by ';', got '"
                    + t.cell(i, parametersColumn) + "'");
        }
        try {
            return new Prior(kind, Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw t.problem(i, parametersColumn, "'" + t.cell(i, parametersColumn) + "' are not two numbers");
        } catch (IllegalArgumentException e) {
            throw t.problem(i, parametersColumn, e.getMessage());
        }
    }

    // ------------------------------------------------------------------ observables

    private static ObservableDefinition observable(DataTable t, int i, SbmlModel model,
                                                   Map<String, ProblemParameter> table) {
        String id = identifier(t, i, "observableId");
        String transformationText = t.cell(i, "observableTransformation");
        Transformation transformation = transformationText.isEmpty() ? Transformation.LIN
                : Transformation.of(transformationText);
        if (transformation == null) {
            throw t.problem(i, "observableTransformation", "'" + transformationText + "' is not a transformation"
                    + " (allowed: lin, log, log10)");
        }
        String noiseText = t.cell(i, "noiseDistribution");
        Noise noise = noiseText.isEmpty() ? Noise.NORMAL : Noise.of(noiseText);
        if (noise == null) {
            throw t.problem(i, "noiseDistribution", "'" + noiseText + "' is not a noise distribution (allowed:"
                    + " normal, laplace)");
        }
        Expr formula = modelFormula(t, i, "observableFormula", model, table, id, "observableParameter");
        Expr noiseFormula = modelFormula(t, i, "noiseFormula", model, table, id, "noiseParameter",
                "observableParameter");
        return new ObservableDefinition(id, t.cell(i, "observableName"), formula, noiseFormula, transformation,
                noise);
    }

    /**
     * @return a formula whose model ids are replaced by the kernel expressions of their values; placeholders
     *         (of one of the {@code prefixes} and {@code observable}), table parameters and {@code time} stay names
     */
    private static Expr modelFormula(DataTable t, int i, String column, SbmlModel model,
                                     Map<String, ProblemParameter> table, String observable, String... prefixes) {
        Expr e = formula(t, i, column);
        Map<String, Expr> replace = new LinkedHashMap<>();
        for (String ref : e.references()) {
            if (ref.equals("time") || table.containsKey(ref) || placeholder(ref, observable, prefixes)) {
                continue;
            }
            if (model.variable(ref).isEmpty()) {
                throw t.problem(i, column, "'" + ref + "' is neither an id of the SBML model, a parameter of the"
                        + " parameter table, time nor a placeholder " + String.join("<n>_" + observable + " or ",
                        prefixes) + "<n>_" + observable);
            }
            replace.put(ref, model.valueOf(ref, SbmlModel.Quantity.DEFAULT));
        }
        return replace.isEmpty() ? e : e.substitute(replace);
    }

    private static boolean placeholder(String name, String observable, String... prefixes) {
        for (String prefix : prefixes) {
            if (ObservableDefinition.placeholder(name, prefix, observable) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * PEtab v1 lets a noise formula read its observable's placeholders {@code observableParameter<n>_<id>} ("Noise
     * formulae can also contain observable parameter overrides": a proportional noise model repeats the observable
     * formula). Ours read noise placeholders only: observableParameter n becomes noiseParameter k + n, k the noise
     * placeholders the formula has, and each measurement's noise values end with its first observable values
     * ({@link #measurement}).
     */
    private static ObservableDefinition noiseWithNoisePlaceholdersOnly(ObservableDefinition o) {
        int k = placeholders(o.noiseFormula(), "noiseParameter", o.id());
        int n = placeholders(o.noiseFormula(), "observableParameter", o.id());
        if (n == 0) {
            return o;
        }
        Map<String, Expr> rename = new LinkedHashMap<>();
        for (int j = 1; j <= n; j++) {
            rename.put(o.observablePlaceholder(j), Expr.ref(o.noisePlaceholder(k + j)));
        }
        return new ObservableDefinition(o.id(), o.name(), o.formula(), o.noiseFormula().substitute(rename),
                o.transformation(), o.noise());
    }

    /** @return the number of distinct placeholders {@code <prefix><n>_<observable>} a formula reads (the largest n) */
    private static int placeholders(Expr e, String prefix, String observable) {
        int n = 0;
        for (String ref : e.references()) {
            n = Math.max(n, ObservableDefinition.placeholder(ref, prefix, observable));
        }
        return n;
    }

    private static Expr formula(DataTable t, int i, String column) {
        String text = t.required(i, column);
        try {
            return PetabMath.parse(text);
        } catch (ExprParser.ParseException e) {
            throw t.problem(i, column, "'" + text + "' does not parse: " + e.detail());
        }
    }

    // ------------------------------------------------------------------ conditions

    private static Condition condition(DataTable t, int i, SbmlModel sbml, Map<String, ProblemParameter> table) {
        String id = identifier(t, i, "conditionId");
        Model model = sbml.model();
        Map<String, Expr> overrides = new LinkedHashMap<>();
        for (String column : t.columns()) {
            if (CONDITION_META.contains(column)) {
                continue;
            }
            SbmlModel.Variable v = sbml.variable(column).orElse(null);
            if (v == null || v.kind() == SbmlModel.Kind.REACTION || v.kind() == SbmlModel.Kind.SPECIES_REFERENCE) {
                throw t.problem(i, column, "'" + column + "' is not a species, compartment or parameter of the SBML"
                        + " model");
            }
            if (table.containsKey(column)) {
                throw t.problem(i, column, "'" + column + "' is in the parameter table too; a condition cannot set"
                        + " it");
            }
            String cell = t.cell(i, column);
            if (cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
                continue; // not set by this condition (a species keeps its preequilibrated value)
            }
            Expr value = value(t, i, column, cell, table);
            if (v.kind() == SbmlModel.Kind.PARAMETER && model.initialAssignment(v.kernelId()).isPresent()) {
                // the condition's value overrides the model's, its initial assignment too (PEtab: "These parameters
                // will override any parameter values specified in the model"; Liu_IFACPapersOnLine2025's simulations).
                // The model's value, which may be undefined, is never read: this condition sets the parameter
                double own = model.parameter(v.kernelId()).orElseThrow().value();
                model = model.withParameterValue(v.kernelId(), Double.isFinite(own) ? own : 0);
            }
            if (v.kind() == SbmlModel.Kind.SPECIES && v.concentration()) {
                value = Expr.bin(Expr.BinaryOp.MUL, value, Expr.num(compartmentSize(model, v.compartment())));
            }
            overrides.put(v.kernelId(), value);
        }
        return new Condition(id, t.cell(i, "conditionName"), model, overrides);
    }

    private static double compartmentSize(Model model, String compartment) {
        for (Compartment c : model.compartments()) {
            if (c.id().equals(compartment)) {
                return c.size();
            }
        }
        return 1;
    }

    /** @return a cell that is a number or a parameter of the table, as an expression */
    private static Expr value(DataTable t, int i, String column, String cell, Map<String, ProblemParameter> table) {
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) {
                throw t.problem(i, column, "'" + cell + "' is not a finite number");
            }
            return Expr.num(v);
        } catch (NumberFormatException e) {
            if (!table.containsKey(cell)) {
                throw t.problem(i, column, "'" + cell + "' is neither a number nor a parameter of the parameter"
                        + " table");
            }
            return Expr.ref(cell);
        }
    }

    // ------------------------------------------------------------------ measurements

    private static Measurement measurement(DataTable t, int i, Map<String, ObservableDefinition> observables,
                                           Map<String, Condition> conditions, Map<String, ProblemParameter> table) {
        String observable = t.required(i, "observableId");
        ObservableDefinition o = observables.get(observable);
        if (o == null) {
            throw t.problem(i, "observableId", "unknown observable '" + observable + "' (the observable table's: "
                    + String.join(", ", observables.keySet()) + ")");
        }
        String simulation = t.required(i, "simulationConditionId");
        if (!conditions.containsKey(simulation)) {
            throw t.problem(i, "simulationConditionId", "unknown condition '" + simulation + "'");
        }
        String pre = t.cell(i, "preequilibrationConditionId");
        if (!pre.isEmpty() && !conditions.containsKey(pre)) {
            throw t.problem(i, "preequilibrationConditionId", "unknown condition '" + pre + "'");
        }
        double time = t.number(i, "time", true);
        if (time < 0) {
            throw t.problem(i, "time", time + " is negative");
        }
        double value = t.number(i, "measurement", false);
        if (o.transformation() != Transformation.LIN && !(value > 0)) {
            throw t.problem(i, "measurement", value + " is not positive, but observable " + observable + " is "
                    + o.transformation().id() + "-transformed");
        }
        int inNoise = placeholders(o.noiseFormula(), "observableParameter", observable);
        List<Expr> obs = overrides(t, i, "observableParameters",
                Math.max(placeholders(o.formula(), "observableParameter", observable), inNoise), table);
        List<Expr> noise = overrides(t, i, "noiseParameters",
                placeholders(o.noiseFormula(), "noiseParameter", observable), table);
        if (inNoise > 0) {
            noise = new ArrayList<>(noise);
            noise.addAll(obs.subList(0, inNoise));
        }
        return new Measurement(observable, pre.isEmpty() ? null : pre, simulation, time, value, obs, noise,
                t.line(i));
    }

    private static List<Expr> overrides(DataTable t, int i, String column, int expected,
                                        Map<String, ProblemParameter> table) {
        String cell = t.cell(i, column);
        List<Expr> out = new ArrayList<>();
        if (!cell.isEmpty()) {
            for (String part : cell.split(";", -1)) {
                out.add(value(t, i, column, part.strip(), table));
            }
        }
        if (out.size() != expected) {
            throw t.problem(i, column, out.size() + " value(s), but the observable's formula has " + expected
                    + " placeholder(s)");
        }
        return out;
    }

    private static String identifier(DataTable t, int i, String column) {
        String id = t.required(i, column);
        if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw t.problem(i, column, "'" + id + "' is not an identifier (a letter or _, then letters, digits, _)");
        }
        return id;
    }

    /** Reads the tables a YAML field names (one file or a list). */
    private record Reader(Sources sources, String file, Path folder) {
        String name(String relative) {
            return folder == null ? relative : folder.resolve(relative).toString();
        }

        List<DataTable> tables(YamlNode field, List<String> required) {
            List<YamlNode> names = field.isText() ? List.of(field) : field.elements();
            if (names.isEmpty()) {
                throw field.problem("no file");
            }
            List<DataTable> out = new ArrayList<>();
            for (YamlNode n : names) {
                String relative = n.text();
                out.add(DataTable.read(sources.read(relative, file, n.path()), name(relative), '\t', required, null));
            }
            return out;
        }
    }
}
