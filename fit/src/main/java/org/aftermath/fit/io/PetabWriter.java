package org.aftermath.fit.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.fit.problem.Condition;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.Prior;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.Model;
import org.aftermath.sbml.SbmlWriter;

/**
 * Writes an {@link EstimationProblem} as a PEtab v1 problem that {@link PetabReader} reads back to the same
 * objective: the YAML file, one SBML model per distinct model of the conditions ({@link SbmlWriter}: species are
 * amounts, time in days), and the parameter, observable, condition and measurement tables; the YAML file is named
 * after the problem ({@link #yamlName}).
 * <ul>
 *   <li>Conditions that simulate one model form one PEtab problem; arms of a fit file whose models differ (a
 *       treated and an untreated arm) become several problems of one YAML file sharing the parameter and
 *       observable tables, as PEtab v1 allows ("problems combining multiple models"). Tools that read only
 *       single-model problems (AMICI, pyPESTO) read such an export one problem at a time.</li>
 *   <li>A condition's value, an observable's or noise parameter of a measurement must be a number or a parameter
 *       of the table (PEtab's tables take nothing else); a formula prints in PEtab's math ({@code log(x)} for ln,
 *       {@code log(x, 10)} for log10, {@code ^} for powers).</li>
 * </ul>
 * Stateless.
 */
public final class PetabWriter {

    /** @return the YAML file's name within the export: the problem's name, so that a re-read problem keeps it */
    public static String yamlName(EstimationProblem problem) {
        return problem.name() + ".yaml";
    }
    private static final String PARAMETERS = "parameters.tsv";
    private static final String OBSERVABLES = "observables.tsv";

    private PetabWriter() {
    }

    /**
     * @param problem the problem
     * @return file name → text, the YAML file first
     * @throws ProblemException naming the problem's file when a value cannot be written as PEtab takes it
     */
    public static Map<String, String> write(EstimationProblem problem) {
        Map<Model, List<Condition>> groups = new LinkedHashMap<>();
        for (Condition c : problem.conditions()) {
            groups.computeIfAbsent(c.model(), m -> new ArrayList<>()).add(c);
        }
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder("format_version: 1\nparameter_file: " + PARAMETERS + "\nproblems:\n");
        Map<String, String> tables = new LinkedHashMap<>();
        for (List<Condition> group : groups.values()) {
            String suffix = groups.size() == 1 ? "" : "_" + group.get(0).id();
            String sbml = "model" + suffix + ".xml";
            String conditions = "conditions" + suffix + ".tsv";
            String measurements = "measurements" + suffix + ".tsv";
            tables.put(sbml, SbmlWriter.write(group.get(0).model()));
            tables.put(conditions, conditions(problem, group));
            tables.put(measurements, measurements(problem, group));
            yaml.append("  - sbml_files: [").append(sbml).append("]\n")
                    .append("    condition_files: [").append(conditions).append("]\n")
                    .append("    measurement_files: [").append(measurements).append("]\n")
                    .append("    observable_files: [").append(OBSERVABLES).append("]\n");
        }
        files.put(yamlName(problem), yaml.toString());
        files.put(PARAMETERS, parameters(problem));
        files.put(OBSERVABLES, observables(problem));
        files.putAll(tables);
        return files;
    }

    private static String parameters(EstimationProblem problem) {
        StringBuilder out = new StringBuilder(String.join("\t", "parameterId", "parameterName", "parameterScale",
                "lowerBound", "upperBound", "nominalValue", "estimate", "objectivePriorType",
                "objectivePriorParameters", "initializationPriorType", "initializationPriorParameters")).append('\n');
        for (ProblemParameter p : problem.parameters()) {
            out.append(String.join("\t", p.id(), p.name(), p.scale().id(), number(p.lower()), number(p.upper()),
                    number(p.nominal()), p.estimated() ? "1" : "0", priorType(p.objectivePrior()),
                    priorParameters(p.objectivePrior()), priorType(p.initializationPrior()),
                    priorParameters(p.initializationPrior()))).append('\n');
        }
        return out.toString();
    }

    private static String observables(EstimationProblem problem) {
        StringBuilder out = new StringBuilder(String.join("\t", "observableId", "observableName", "observableFormula",
                "observableTransformation", "noiseFormula", "noiseDistribution")).append('\n');
        for (ObservableDefinition o : problem.observables()) {
            out.append(String.join("\t", o.id(), o.name(), math(o.formula()), o.transformation().id(),
                    math(o.noiseFormula()), o.noise().id())).append('\n');
        }
        return out.toString();
    }

    private static String conditions(EstimationProblem problem, List<Condition> group) {
        Set<String> columns = new LinkedHashSet<>();
        group.forEach(c -> columns.addAll(c.overrides().keySet()));
        List<String> header = new ArrayList<>(List.of("conditionId", "conditionName"));
        header.addAll(columns);
        StringBuilder out = new StringBuilder(String.join("\t", header)).append('\n');
        for (Condition c : group) {
            List<String> row = new ArrayList<>(List.of(c.id(), c.name()));
            for (String column : columns) {
                Expr v = c.overrides().get(column);
                row.add(v == null ? "" : cell(problem, v, "condition " + c.id() + " sets " + column + " to"));
            }
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    private static String measurements(EstimationProblem problem, List<Condition> group) {
        Set<String> ids = new LinkedHashSet<>();
        group.forEach(c -> ids.add(c.id()));
        StringBuilder out = new StringBuilder(String.join("\t", "observableId", "preequilibrationConditionId",
                "simulationConditionId", "time", "measurement", "observableParameters", "noiseParameters"))
                .append('\n');
        for (Measurement m : problem.measurements()) {
            if (!ids.contains(m.simulation())) {
                continue;
            }
            String where = "data row " + m.row() + " (" + m.observable() + ")";
            out.append(String.join("\t", m.observable(), m.preequilibration() == null ? "" : m.preequilibration(),
                    m.simulation(), Double.isInfinite(m.time()) ? "inf" : number(m.time()), number(m.value()),
                    cells(problem, m.observableParameters(), where + " has an observable parameter"),
                    cells(problem, m.noiseParameters(), where + " has a noise scale"))).append('\n');
        }
        return out.toString();
    }

    private static String cells(EstimationProblem problem, List<Expr> values, String what) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(cell(problem, v, what)));
        return String.join(";", out);
    }

    /** @return a number or a parameter id of the table, as PEtab's tables take them */
    private static String cell(EstimationProblem problem, Expr v, String what) {
        if (v instanceof Expr.Num n) {
            return number(n.value());
        }
        if (v instanceof Expr.Ref r && problem.parameterTable().containsKey(r.name())) {
            return r.name();
        }
        throw new ProblemException(problem.source(), "", "cannot be written as PEtab: " + what + " '"
                + ExprPrinter.print(v) + "', but PEtab's tables take a number or a parameter id there");
    }

    /** @return the formula in PEtab's math: ln as log, log10(x) as log(x, 10) */
    static String math(Expr e) {
        return ExprPrinter.print(e.rewrite(x -> {
            if (x instanceof Expr.Call c && c.function().equals("ln")) {
                return new Expr.Call("log", c.args());
            }
            if (x instanceof Expr.Call c && c.function().equals("log10")) {
                return new Expr.Call("log", List.of(c.args().get(0), Expr.num(10)));
            }
            return x;
        }));
    }

    private static String priorType(Prior p) {
        return p == null ? "" : p.type().id();
    }

    private static String priorParameters(Prior p) {
        return p == null ? "" : number(p.first()) + ";" + number(p.second());
    }

    private static String number(double v) {
        return ExprPrinter.formatNumber(v);
    }
}
