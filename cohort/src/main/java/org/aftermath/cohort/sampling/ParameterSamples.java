package org.aftermath.cohort.sampling;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.output.Sha256;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;

/**
 * Parameter sets a cohort draws its patients' parameters from, e.g. a fit's posterior sample ({@code samples.csv}
 * of {@code aftermath fit --sample}), so that a schedule's predicted benefit carries the parameters' uncertainty.
 * <p>
 * The file is a CSV with a header: each column a scenario input ({@link ScenarioInputs}: {@code tumor.cells},
 * {@code tumor.growth.rate_per_day}, ...) or a bare model parameter id ({@code gompertz_rate}, read as
 * {@code parameters.gompertz_rate}); a fit's bookkeeping columns {@code chain}, {@code iteration} and
 * {@code objective} are ignored. Every other cell is a finite number.
 * <p>
 * Patient {@code i} of a cohort with seed {@code s} takes row {@link #row(long, long)}: uniform over the rows, from its
 * own generator seeded with {@code PatientSeeds.patientSeed(mix64(s ^ SALT), i)} — a stream split from the one the
 * {@code variability:} draws come from, so adding samples changes no variability draw, and the row depends only on
 * (seed, index), never on threads or order. Immutable and serializable (a distributed engine broadcasts it).
 *
 * @param file    the file as the user named it
 * @param sha256  SHA-256 of its bytes
 * @param columns the scenario input paths, in file order
 * @param rows    the parameter sets, one array per row in column order
 */
public record ParameterSamples(String file, String sha256, List<String> columns, List<double[]> rows)
        implements Serializable {

    /** The columns of a fit's {@code samples.csv} that are not parameters. */
    public static final Set<String> BOOKKEEPING = Set.of("chain", "iteration", "objective");
    /** Separates the row stream from the variability stream of the same cohort seed ("SAMPLES" in ASCII). */
    static final long SALT = 0x53414D504C4553L;

    public ParameterSamples {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no parameter set");
        }
    }

    /**
     * @param file the CSV file
     * @return its parameter sets
     * @throws ScenarioException naming the file, and the row and column, when it cannot be read or a cell is not a
     *                           finite number, a column is named twice or not as an input, or there is no row
     */
    public static ParameterSamples read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new ScenarioException(name, "row 1", "no header (columns: model parameter ids or scenario inputs)");
        }
        String[] header = lines.get(0).split(",", -1);
        List<Integer> used = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String h = header[c].strip();
            if (BOOKKEEPING.contains(h)) {
                continue;
            }
            String path = h.contains(".") ? h : ScenarioInputs.PARAMETERS + h;
            if (!path.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
                throw new ScenarioException(name, "row 1, column " + (c + 1), "'" + h + "' is neither a model"
                        + " parameter id nor a scenario input path (e.g. gompertz_rate, tumor.cells)");
            }
            if (columns.contains(path)) {
                throw new ScenarioException(name, "row 1, column " + (c + 1), "'" + h + "' is named twice");
            }
            columns.add(path);
            used.add(c);
        }
        if (columns.isEmpty()) {
            throw new ScenarioException(name, "row 1", "no parameter column (only " + String.join(", ", BOOKKEEPING)
                    + ")");
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            if (lines.get(r).isBlank()) {
                continue;
            }
            String[] cells = lines.get(r).split(",", -1);
            if (cells.length != header.length) {
                throw new ScenarioException(name, "row " + (r + 1), cells.length + " cells, but the header has "
                        + header.length + " columns");
            }
            double[] row = new double[used.size()];
            for (int k = 0; k < row.length; k++) {
                int c = used.get(k);
                String cell = cells[c].strip();
                try {
                    row[k] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    row[k] = Double.NaN;
                }
                if (!Double.isFinite(row[k])) {
                    throw new ScenarioException(name, "row " + (r + 1) + ", column " + header[c].strip(), "'" + cell
                            + "' is not a finite number");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ScenarioException(name, "row 2", "no parameter set (a header only)");
        }
        return new ParameterSamples(name, Sha256.hex(bytes), columns, rows);
    }

    /** Equal when file, hash, columns and every value are (a deserialised copy equals its original). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParameterSamples p) || !file.equals(p.file) || !sha256.equals(p.sha256)
                || !columns.equals(p.columns) || rows.size() != p.rows.size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!java.util.Arrays.equals(rows.get(r), p.rows.get(r))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, sha256, columns, rows.size());
    }

    /**
     * @param seed  cohort seed
     * @param index patient index (&ge; 0)
     * @return the row patient {@code index} takes, uniform in [0, rows)
     */
    public int row(long seed, long index) {
        return PatientSeeds.generator(PatientSeeds.patientSeed(PatientSeeds.mix64(seed ^ SALT), index))
                .nextInt(rows.size());
    }

    /** @return row {@code r}'s values by input path, in column order */
    public Map<String, Double> values(int r) {
        double[] row = rows.get(r);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < row.length; k++) {
            out.put(columns.get(k), row[k]);
        }
        return out;
    }

    /** What a cohort's manifest records of its samples: the file, its SHA-256, its rows and columns. */
    public record Provenance(String file, String sha256, int rows, List<String> columns) { }

    /** @return this file's provenance */
    public Provenance provenance() {
        return new Provenance(file, sha256, rows.size(), columns);
    }
}
