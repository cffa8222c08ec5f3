package org.aftermath.fit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aftermath.kernel.expr.Expr;

/**
 * The PEtab benchmark collection beside the checkout ({@code aftermath.shared}/petab-benchmarks), read by the tests
 * independently of {@link PetabReader}: plain tab-separated tables, the collection's own {@code simulatedData}
 * table matched to the measurement rows by their keys, and PEtab's negative log-likelihood recomputed from it.
 */
final class PetabCollection {

    static final Path FOLDER = Path.of(System.getProperty("aftermath.shared", "../../shared"), "petab-benchmarks");

    /**
     * The columns that identify a row in both tables. Not the parameter columns: the collection's simulation tables
     * write some overrides as values, some on the estimation scale, where the measurement table names parameters.
     */
    private static final List<String> KEYS = List.of("observableId", "preequilibrationConditionId",
            "simulationConditionId", "time", "replicateId", "datasetId");

    /**
     * Key columns as an older simulation table names them (Raia_CancerResearch2011's; see also {@link #canonical}).
     */
    private static final Map<String, String> OLD_NAMES = Map.of("simulationCondition", "simulationConditionId",
            "preequilibrationCondition", "preequilibrationConditionId");

    private PetabCollection() {
    }

    /** @return the problem's YAML file: {@code <name>.yaml}, else the one YAML file with {@code format_version} */
    static Path yaml(String problem) {
        Path folder = FOLDER.resolve(problem);
        Path named = folder.resolve(problem + ".yaml");
        if (Files.isRegularFile(named)) {
            return named;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> read(f).contains("format_version")).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("no PEtab YAML in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the collection's simulated data table of the problem, or null when it has none */
    static Path simulatedData(String problem) {
        Path folder = FOLDER.resolve(problem);
        for (Path p : List.of(folder.resolve("simulatedData_" + problem + ".tsv"), folder.resolve("simulations.tsv"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A tab-separated table: its header and rows (blank lines skipped). */
    record Table(List<String> header, List<String[]> rows) {
        static Table read(Path file) {
            List<String[]> lines = PetabCollection.read(file).lines().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1)).toList();
            List<String> header = new ArrayList<>();
            for (String c : lines.get(0)) {
                header.add(OLD_NAMES.getOrDefault(c, c));
            }
            return new Table(List.copyOf(header), lines.subList(1, lines.size()));
        }

        /** @return the cell, "" when the column is absent or the row is short */
        String cell(int row, String column) {
            int c = header.indexOf(column);
            String[] r = rows.get(row);
            return c < 0 || c >= r.length ? "" : r[c].strip();
        }
    }

    /**
     * The collection's simulation of every measurement row, in problem order (the order of the YAML's measurement
     * files and their rows), matched by the key columns both tables have (observable, conditions, time, replicate
     * and dataset ids); rows with equal keys pair in order.
     *
     * @param yaml the problem's YAML file
     * @param simulatedData the collection's simulation table
     * @return per measurement row: its table row and the simulated value
     */
    static List<Row> matched(Path yaml, Path simulatedData) {
        Table simulated = Table.read(simulatedData);
        Map<String, ArrayDeque<Double>> byKey = new HashMap<>();
        List<Row> out = new ArrayList<>();
        List<Table> measurements = tables(yaml, "measurement_files");
        List<String> keys = new ArrayList<>(KEYS);
        keys.retainAll(simulated.header());
        measurements.forEach(m -> keys.retainAll(m.header()));
        Set<String> known = new HashSet<>();
        measurements.forEach(m -> m.rows().forEach(r -> known.add(r[m.header().indexOf("observableId")].strip())));
        for (int i = 0; i < simulated.rows().size(); i++) {
            byKey.computeIfAbsent(key(simulated, i, keys, id -> canonical(id, known)), k -> new ArrayDeque<>())
                    .add(Double.parseDouble(simulated.cell(i, "simulation")));
        }
        for (Table m : measurements) {
            for (int i = 0; i < m.rows().size(); i++) {
                ArrayDeque<Double> values = byKey.get(key(m, i, keys, id -> id));
                if (values == null || values.isEmpty()) {
                    throw new AssertionError(simulatedData + " has no row for measurement row " + (i + 2) + " ("
                            + key(m, i, keys, id -> id) + ")");
                }
                out.add(new Row(m, i, values.poll()));
            }
        }
        return out;
    }

    /**
     * @return the measurement table's observable id that a simulation table's id stands for: itself, else the id
     *         with the prefix {@code observable_} (Raia_CancerResearch2011's table lacks it), else its part before
     *         {@code __} (Isensee_JCB2018's table appends the placeholders' values and conditions), else itself
     */
    private static String canonical(String id, Set<String> known) {
        if (known.contains(id)) {
            return id;
        }
        if (known.contains("observable_" + id)) {
            return "observable_" + id;
        }
        int cut = id.indexOf("__");
        return cut > 0 && known.contains(id.substring(0, cut)) ? id.substring(0, cut) : id;
    }

    /** A measurement row and the collection's simulation of it. */
    record Row(Table table, int row, double simulated) {
        String cell(String column) {
            return table.cell(row, column);
        }
    }

    /**
     * PEtab's negative log-likelihood of the measurements given the collection's simulations (constants included;
     * on log/log10 scales with the Jacobian of the transformation), σ from the observable table's noise formula
     * with its placeholders replaced by the row's noise and observable parameters, parameters by their nominal values
     * and a copy of the observable formula by the table's simulated value.
     */
    static double negativeLogLikelihood(Path yaml, List<Row> rows) {
        Map<String, Double> nominal = nominal(yaml);
        Map<String, Map<String, String>> observables = new HashMap<>();
        for (Table t : tables(yaml, "observable_files")) {
            for (int i = 0; i < t.rows().size(); i++) {
                Map<String, String> o = new HashMap<>();
                for (String c : t.header()) {
                    o.put(c, t.cell(i, c));
                }
                observables.put(t.cell(i, "observableId"), o);
            }
        }
        Map<String, Expr> noiseFormulas = new HashMap<>();
        double nll = 0;
        for (Row r : rows) {
            String id = r.cell("observableId");
            Map<String, String> o = observables.get(id);
            Map<String, Double> values = new HashMap<>(nominal);
            for (String kind : List.of("noise", "observable")) {
                String cell = r.cell(kind + "Parameters");
                String[] parts = cell.isEmpty() ? new String[0] : cell.split(";");
                for (int k = 0; k < parts.length; k++) {
                    String part = parts[k].strip();
                    values.put(kind + "Parameter" + (k + 1) + "_" + id,
                            nominal.containsKey(part) ? nominal.get(part) : Double.parseDouble(part));
                }
            }
            values.put(SIMULATED, r.simulated());
            double sigma = eval(noiseFormulas.computeIfAbsent(id, k -> noiseFormula(o)), values);
            double y = Double.parseDouble(r.cell("measurement"));
            double h = r.simulated();
            String transformation = o.getOrDefault("observableTransformation", "");
            double residual;
            double jacobian;
            switch (transformation.isEmpty() ? "lin" : transformation) {
                case "lin" -> {
                    residual = y - h;
                    jacobian = 0;
                }
                case "log" -> {
                    residual = Math.log(y) - Math.log(h);
                    jacobian = Math.log(y);
                }
                case "log10" -> {
                    residual = Math.log10(y) - Math.log10(h);
                    jacobian = Math.log(y * Math.log(10));
                }
                default -> throw new AssertionError("transformation " + transformation);
            }
            String distribution = o.getOrDefault("noiseDistribution", "");
            nll += jacobian + (distribution.equals("laplace")
                    ? Math.log(2 * sigma) + Math.abs(residual) / sigma
                    : 0.5 * Math.log(2 * Math.PI * sigma * sigma) + 0.5 * residual * residual / (sigma * sigma));
        }
        return nll;
    }

    /** The name that stands for the row's simulated observable in a noise formula. */
    private static final String SIMULATED = "simulated$";

    /**
     * @return the observable's noise formula with every copy of its observable formula replaced by
     *         {@link #SIMULATED} (a proportional noise model repeats the observable formula: σ = a + b·h)
     */
    private static Expr noiseFormula(Map<String, String> observable) {
        Expr h = PetabMath.parse(observable.get("observableFormula"));
        return PetabMath.parse(observable.get("noiseFormula")).rewrite(x -> x.equals(h) ? Expr.ref(SIMULATED) : x);
    }

    /** Evaluates the arithmetic of a noise formula (+ − × ÷ ^, sqrt and numbers, names from {@code values}). */
    private static double eval(Expr e, Map<String, Double> values) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Ref r) {
            Double v = values.get(r.name());
            if (v == null) {
                throw new AssertionError("the recomputation reads no model symbol, but a noise formula reads "
                        + r.name());
            }
            return v;
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            return -eval(u.operand(), values);
        }
        if (e instanceof Expr.Binary b) {
            double l = eval(b.left(), values);
            double r = eval(b.right(), values);
            return switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                case POW -> Math.pow(l, r);
                default -> throw new AssertionError("operator " + b.op() + " in a noise formula");
            };
        }
        if (e instanceof Expr.Call c && c.function().equals("sqrt") && c.args().size() == 1) {
            return Math.sqrt(eval(c.args().get(0), values));
        }
        throw new AssertionError("not arithmetic: " + e);
    }

    /** @return the tables a field of the YAML's (single) problem names, or the parameter file */
    static List<Table> tables(Path yaml, String field) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(read(yaml));
            JsonNode node = field.equals("parameter_file") ? root.get(field) : root.get("problems").get(0).get(field);
            Set<String> names = new LinkedHashSet<>();
            if (node.isArray()) {
                node.forEach(n -> names.add(n.asText()));
            } else {
                names.add(node.asText());
            }
            return names.stream().map(n -> Table.read(yaml.resolveSibling(n))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the parameter table's nominal values (linear scale) by id */
    static Map<String, Double> nominal(Path yaml) {
        Map<String, Double> nominal = new HashMap<>();
        for (Table t : tables(yaml, "parameter_file")) {
            for (int i = 0; i < t.rows().size(); i++) {
                String value = t.cell(i, "nominalValue");
                if (!value.isEmpty()) {
                    nominal.put(t.cell(i, "parameterId"), Double.parseDouble(value));
                }
            }
        }
        return nominal;
    }

    private static String key(Table t, int row, List<String> columns, Function<String, String> observable) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            b.append(c).append('=');
            String cell = normal(t.cell(row, c));
            b.append(c.equals("observableId") ? observable.apply(cell) : cell).append('|');
        }
        return b.toString();
    }

    /** @return a number in one spelling (1, 1.0 and 1e0 alike; inf), "" for empty/nan, else the text */
    private static String normal(String cell) {
        if (cell.isEmpty() || cell.equalsIgnoreCase("nan")) {
            return "";
        }
        try {
            return Double.toString(Double.parseDouble(cell.equalsIgnoreCase("inf") ? "Infinity" : cell));
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
