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
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;

/**
 * Reads a fit file of Aftermath's ({@code fit.yaml}) into an {@link EstimationProblem}:
 * <pre>
 * name: gompertz-kill              # the problem's name ([A-Za-z0-9._-]+)
 * arms:                            # arm id → scenario file (relative to this file); each is a condition
 *   control: arms/control.yaml
 *   treated: arms/treated.yaml
 * data: data.csv                   # columns arm, day, observable, value and optionally sd
 * parameters:                      # the estimated (or fixed) parameters: model parameters of the arms, or
 *   - id: gompertz_rate            #   parameters only the observables read (e.g. a noise scale)
 *     lower: 0.001
 *     upper: 1
 *     scale: log10                 # lin | log | log10 (default log10)
 *     start: 0.05                  # the nominal value (default: the middle of the bounds on the scale)
 *     estimate: true               # default true; false fixes it at start
 *     prior: {type: normal, parameters: [0.05, 0.02]}   # optional, PEtab's prior types
 *   - id: initial_cells            # initial: the parameter is the initial value of a species (a state) of
 *     initial: N                   #   every arm, set at t = 0 before any dose
 *     lower: 1e8
 *     upper: 1e10
 * observables:                     # optional, per observable of the data (default: the model symbol of the
 *   tumor_cells:                   #   same name, lin scale, normal noise with the data's sd)
 *     formula: tumor_cells         # any expression of model symbols and parameters
 *     transformation: log10        # lin | log | log10
 *     noise: normal                # normal | laplace
 *     sigma: sigma_cells           # the noise scale where a row has no sd: a number, parameter or expression
 *   il1b_fold_change:              # or: leave an observable's rows out of the objective, saying why (e.g. the
 *     omit: the model has no IL-1β #   model lacks the measured quantity); fit.json lists them
 * </pre>
 * Each arm's scenario is compiled as {@code aftermath run} compiles it; a row's day must lie within its arm's
 * horizon. A row's sd, when given, is its noise scale; otherwise the observable's {@code sigma}.
 */
public final class FitFileReader {

    /** The keys of a fit file. */
    public static final Set<String> KEYS = Set.of("name", "arms", "data", "parameters", "observables");
    private static final Set<String> PARAMETER_KEYS = Set.of("id", "name", "lower", "upper", "scale", "start",
            "estimate", "prior", "initial");
    private static final Set<String> OBSERVABLE_KEYS = Set.of("formula", "transformation", "noise", "sigma", "omit");
    private static final String OMIT = "omit";
    private static final Set<String> PRIOR_KEYS = Set.of("type", "parameters");
    private static final List<String> DATA_COLUMNS = List.of("arm", "day", "observable", "value");
    private static final String SD = "sd";

    private FitFileReader() {
    }

    /** @return true when the text looks like a fit file (a mapping with {@code arms:}) rather than PEtab's YAML */
    public static boolean isFitFile(String yaml, String file) {
        YamlNode root = YamlNode.parse(yaml, file);
        return root.has("arms");
    }

    /**
     * @param sources where the referenced files come from
     * @param file    the fit file's name as the user gave it (for messages)
     * @param main    the fit file's path relative to its folder (its file name)
     * @return the problem
     * @throws ProblemException naming the file, field or row and column of bad input
     * @throws org.aftermath.tmen.scenario.ScenarioException if an arm's scenario is invalid
     */
    public static EstimationProblem read(Sources sources, String file, String main) {
        YamlNode root = YamlNode.parse(sources.read(main, file, ""), file).mapping(KEYS);
        String name = root.get("name").text();
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw root.get("name").problem("'" + name + "' is not a name of letters, digits, '.', '_' and '-'");
        }
        Path folder = Path.of(file).getParent();
        Map<String, Model> arms = new LinkedHashMap<>();
        Map<String, Double> horizons = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> arm : root.get("arms").entries()) {
            String relative = arm.getValue().text();
            String scenarioName = folder == null ? relative : folder.resolve(relative).toString();
            Scenario scenario = ScenarioReader.read(sources.read(relative, file, arm.getValue().path()), scenarioName);
            CompiledScenario compiled = ScenarioCompiler.compile(scenario, Map.of());
            arms.put(arm.getKey(), compiled.model());
            horizons.put(arm.getKey(), compiled.days());
        }
        if (arms.isEmpty()) {
            throw root.get("arms").problem("no arm (give at least one: arm id → scenario file)");
        }
        List<ProblemParameter> parameters = parameters(root.get("parameters"));
        Map<String, ProblemParameter> table = new LinkedHashMap<>();
        for (ProblemParameter p : parameters) {
            table.put(p.id(), p);
        }
        Map<String, CompiledModel> compiled = new LinkedHashMap<>();
        arms.forEach((id, model) -> compiled.put(id, ModelCompiler.compile(model)));

        String dataFile = root.get("data").text();
        String dataName = folder == null ? dataFile : folder.resolve(dataFile).toString();
        DataTable data = DataTable.read(sources.read(dataFile, file, "data"), dataName, ',', DATA_COLUMNS,
                Set.of(SD));
        boolean hasSd = data.columns().contains(SD);

        Map<String, YamlNode> observableNodes = new LinkedHashMap<>();
        Map<String, String> omit = new LinkedHashMap<>();
        if (root.has("observables")) {
            for (Map.Entry<String, YamlNode> o : root.get("observables").entries()) {
                YamlNode node = o.getValue().mapping(OBSERVABLE_KEYS);
                if (node.has(OMIT)) {
                    if (node.entries().size() > 1) {
                        throw node.get(OMIT).problem("an omitted observable takes no other key (it is not fitted)");
                    }
                    String reason = node.get(OMIT).text();
                    if (reason.isBlank()) {
                        throw node.get(OMIT).problem("say why the observable's rows are left out");
                    }
                    omit.put(o.getKey(), reason);
                } else {
                    observableNodes.put(o.getKey(), node);
                }
            }
        }
        Map<String, List<Integer>> omittedRows = new LinkedHashMap<>();
        Map<String, ObservableDefinition> observables = new LinkedHashMap<>();
        Map<String, Expr> sigmas = new LinkedHashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            String arm = data.required(i, "arm");
            if (!arms.containsKey(arm)) {
                throw data.problem(i, "arm", "unknown arm '" + arm + "' (the fit file's arms: "
                        + String.join(", ", arms.keySet()) + ")");
            }
            double day = data.number(i, "day", false);
            if (day < 0 || day > horizons.get(arm)) {
                throw data.problem(i, "day", "day " + day + " is outside arm " + arm + "'s simulated days 0 to "
                        + horizons.get(arm));
            }
            String observable = data.required(i, "observable");
            if (omit.containsKey(observable)) {
                omittedRows.computeIfAbsent(observable, k -> new ArrayList<>()).add(data.line(i));
                continue;
            }
            ObservableDefinition o = observables.get(observable);
            if (o == null) {
                o = observable(observable, observableNodes.get(observable), table, compiled, data, i, sigmas);
                observables.put(observable, o);
            }
            double value = data.number(i, "value", false);
            if (o.transformation() != Transformation.LIN && !(value > 0)) {
                throw data.problem(i, "value", value + " is not positive, but observable " + observable
                        + " is compared on a " + o.transformation().id() + " scale");
            }
            Expr sigma;
            if (hasSd && !data.cell(i, SD).isEmpty()) {
                double sd = data.number(i, SD, false);
                if (!(sd > 0)) {
                    throw data.problem(i, SD, sd + " is not a positive standard deviation");
                }
                sigma = Expr.num(sd);
            } else if (sigmas.containsKey(observable)) {
                sigma = sigmas.get(observable);
            } else {
                throw data.problem(i, hasSd ? SD : "observable", "no noise scale: give this row an sd, or observable "
                        + observable + " a sigma in the fit file's observables block");
            }
            measurements.add(new Measurement(observable, null, arm, day, value, List.of(), List.of(sigma),
                    data.line(i)));
        }
        if (measurements.isEmpty()) {
            throw new ProblemException(dataName, "", "no data rows");
        }
        List<String> named = new ArrayList<>(observableNodes.keySet());
        named.addAll(omit.keySet());
        for (String o : named) {
            if (!observables.containsKey(o) && !omittedRows.containsKey(o)) {
                throw new ProblemException(file, "observables." + o, "no data row measures it (observables in the"
                        + " data: " + String.join(", ", observables.keySet()) + ")");
            }
        }
        Map<String, Expr> initials = initials(root.get("parameters"), compiled);
        List<Condition> conditions = new ArrayList<>();
        arms.forEach((id, model) -> conditions.add(new Condition(id, id, model, initials)));
        checkUsed(parameters, compiled, observables.values(), sigmas.values(), root);
        List<EstimationProblem.Omission> omitted = new ArrayList<>();
        omittedRows.forEach((o, rows) -> omitted.add(new EstimationProblem.Omission(o, omit.get(o), rows)));
        return new EstimationProblem(name, file, parameters, List.copyOf(observables.values()), conditions,
                measurements, omitted);
    }

    private static List<ProblemParameter> parameters(YamlNode list) {
        List<ProblemParameter> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (YamlNode n : list.elements()) {
            n.mapping(PARAMETER_KEYS);
            String id = n.get("id").text();
            if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw n.get("id").problem("'" + id + "' is not an identifier");
            }
            if (!ids.add(id)) {
                throw n.get("id").problem("parameter '" + id + "' is listed twice");
            }
            Scale scale = Scale.LOG10;
            if (n.has("scale")) {
                scale = Scale.of(n.get("scale").text());
                if (scale == null) {
                    throw n.get("scale").problem("'" + n.get("scale").text() + "' is not a scale (allowed: lin, log,"
                            + " log10)");
                }
            }
            double lower = n.get("lower").finite();
            double upper = n.get("upper").finite();
            if (!(lower < upper)) {
                throw n.get("upper").problem("upper bound " + upper + " is not above the lower bound " + lower);
            }
            if (scale != Scale.LIN && !(lower > 0)) {
                throw n.get("lower").problem("lower bound " + lower + " is not positive, but the scale is "
                        + scale.id() + " (use scale: lin for parameters that can be 0 or negative)");
            }
            double start = n.has("start") ? n.get("start").finite()
                    : scale.toModel(0.5 * (scale.toScale(lower) + scale.toScale(upper)));
            if (start < lower || start > upper) {
                throw n.get("start").problem(start + " is outside the bounds [" + lower + ", " + upper + "]");
            }
            boolean estimate = !n.has("estimate") || n.get("estimate").bool();
            Prior prior = n.has("prior") ? prior(n.get("prior")) : null;
            out.add(new ProblemParameter(id, n.has("name") ? n.get("name").text() : id, scale, lower, upper, start,
                    estimate, prior, null));
        }
        if (out.stream().noneMatch(ProblemParameter::estimated)) {
            throw list.problem("no parameter is estimated");
        }
        return out;
    }

    private static Prior prior(YamlNode n) {
        n.mapping(PRIOR_KEYS);
        String type = n.get("type").text();
        Prior.Type t = Prior.Type.of(type);
        if (t == null) {
            throw n.get("type").problem("'" + type + "' is not a prior type (allowed: "
                    + String.join(", ", Prior.Type.ids()) + ")");
        }
        List<YamlNode> ps = n.get("parameters").elements();
        if (ps.size() != 2) {
            throw n.get("parameters").problem("a " + type + " prior takes two parameters, got " + ps.size());
        }
        try {
            return new Prior(t, ps.get(0).finite(), ps.get(1).finite());
        } catch (IllegalArgumentException e) {
            throw n.get("parameters").problem(e.getMessage());
        }
    }

    private static ObservableDefinition observable(String id, YamlNode node, Map<String, ProblemParameter> table,
                                                   Map<String, CompiledModel> models, DataTable data, int row,
                                                   Map<String, Expr> sigmas) {
        Expr formula = Expr.ref(id);
        Transformation transformation = Transformation.LIN;
        Noise noise = Noise.NORMAL;
        if (node != null) {
            if (node.has("formula")) {
                formula = parse(node.get("formula"));
            }
            if (node.has("transformation")) {
                transformation = Transformation.of(node.get("transformation").text());
                if (transformation == null) {
                    throw node.get("transformation").problem("'" + node.get("transformation").text()
                            + "' is not a transformation (allowed: lin, log, log10)");
                }
            }
            if (node.has("noise")) {
                noise = Noise.of(node.get("noise").text());
                if (noise == null) {
                    throw node.get("noise").problem("'" + node.get("noise").text()
                            + "' is not a noise distribution (allowed: normal, laplace)");
                }
            }
            if (node.has("sigma")) {
                YamlNode s = node.get("sigma");
                Expr sigma = s.isNumber() ? Expr.num(s.finite()) : parse(s);
                for (String ref : sigma.references()) {
                    if (!table.containsKey(ref)) {
                        throw s.problem("'" + ref + "' is not a parameter of the fit file");
                    }
                }
                sigmas.put(id, sigma);
            }
        }
        for (String ref : formula.references()) {
            for (Map.Entry<String, CompiledModel> arm : models.entrySet()) {
                CompiledModel m = arm.getValue();
                boolean known = ref.equals("time") || table.containsKey(ref) || m.stateIndex(ref) >= 0
                        || m.parameterIndex(ref) >= 0 || m.observableIndex(ref) >= 0;
                if (!known) {
                    String where = node != null && node.has("formula") ? "" : " (give it a formula in the fit file's"
                            + " observables block)";
                    throw data.problem(row, "observable", "unknown observable '" + ref + "' in arm " + arm.getKey()
                            + where + "; the arm's observables: " + String.join(", ", m.observableNames()));
                }
            }
        }
        Expr noiseFormula = Expr.ref("noiseParameter1_" + id);
        return new ObservableDefinition(id, id, formula, noiseFormula, transformation, noise);
    }

    private static Expr parse(YamlNode n) {
        try {
            return ExprParser.parse(n.text());
        } catch (ExprParser.ParseException e) {
            throw n.problem("'" + n.text() + "' does not parse: " + e.getMessage());
        }
    }

    /** @return species → the parameter its {@code initial:} names, checked to be a state of every arm */
    private static Map<String, Expr> initials(YamlNode list, Map<String, CompiledModel> models) {
        Map<String, Expr> out = new LinkedHashMap<>();
        for (YamlNode n : list.elements()) {
            if (n.has("initial")) {
                String species = n.get("initial").text();
                for (Map.Entry<String, CompiledModel> arm : models.entrySet()) {
                    if (arm.getValue().stateIndex(species) < 0) {
                        throw n.get("initial").problem("'" + species + "' is not a species of arm " + arm.getKey()
                                + "'s model (its states: " + String.join(", ", arm.getValue().stateNames()) + ")");
                    }
                }
                if (out.containsKey(species)) {
                    throw n.get("initial").problem("two parameters set the initial value of " + species);
                }
                out.put(species, Expr.ref(n.get("id").text()));
            }
        }
        return out;
    }

    /** Every estimated parameter must reach a model or an observable. */
    private static void checkUsed(List<ProblemParameter> parameters, Map<String, CompiledModel> models,
                                  Iterable<ObservableDefinition> observables, Iterable<Expr> sigmas, YamlNode root) {
        Set<String> used = new LinkedHashSet<>();
        for (CompiledModel m : models.values()) {
            used.addAll(m.parameterNames());
        }
        List<YamlNode> all = root.get("parameters").elements();
        for (int i = 0; i < parameters.size(); i++) {
            if (all.get(i).has("initial")) {
                used.add(parameters.get(i).id());
            }
            for (Map.Entry<String, CompiledModel> arm : models.entrySet()) {
                if (arm.getValue().model().initialAssignment(parameters.get(i).id()).isPresent()) {
                    throw all.get(i).get("id").problem("'" + parameters.get(i).id() + "' is computed by an initial"
                            + " assignment in arm " + arm.getKey() + "'s model; estimate what it is computed from");
                }
            }
        }
        for (ObservableDefinition o : observables) {
            used.addAll(o.formula().references());
        }
        for (Expr s : sigmas) {
            used.addAll(s.references());
        }
        List<YamlNode> nodes = root.get("parameters").elements();
        for (int i = 0; i < parameters.size(); i++) {
            if (!used.contains(parameters.get(i).id())) {
                throw nodes.get(i).get("id").problem("'" + parameters.get(i).id() + "' is neither a parameter of the"
                        + " arms' models nor read by an observable or sigma");
            }
        }
    }
}
