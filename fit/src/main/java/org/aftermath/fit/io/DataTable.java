package org.aftermath.fit.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A delimited table with a header row (Jackson CSV), read strictly: every required column present, no unknown
 * column, every row as wide as the header. Rows are numbered as lines of the file, the header being row 1.
 */
public final class DataTable {

    private final String file;
    private final List<String> columns;
    private final List<Map<String, String>> rows;
    private final List<Integer> lines;

    private DataTable(String file, List<String> columns, List<Map<String, String>> rows, List<Integer> lines) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * @param text      the table
     * @param file      its name, for messages
     * @param separator ',' or '\t'
     * @param required  columns that must be present
     * @param optional  further allowed columns (null: any other column is allowed)
     * @return the table
     * @throws ProblemException naming the file and the offending row or column
     */
    public static DataTable read(String text, String file, char separator, List<String> required,
                                 Set<String> optional) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a UTF-8 byte-order mark (spreadsheet exports) is not part of the first column
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> raw = new ArrayList<>();
        List<Integer> rawLines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            int line = 0;
            while (it.hasNextValue()) {
                List<String> row = it.nextValue();
                line++;
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                raw.add(row);
                rawLines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(file, "", "not a readable table: " + e.getMessage().split("\n")[0]);
        }
        if (raw.isEmpty()) {
            throw new ProblemException(file, "", "empty table (a header row with the columns "
                    + String.join(", ", required) + " is required)");
        }
        List<String> header = new ArrayList<>();
        for (String h : raw.get(0)) {
            header.add(h.strip());
        }
        for (String r : required) {
            if (!header.contains(r)) {
                throw new ProblemException(file, "row " + rawLines.get(0), "missing column '" + r + "' (required: "
                        + String.join(", ", required) + ")");
            }
        }
        Set<String> seen = new TreeSet<>();
        for (String h : header) {
            if (!seen.add(h)) {
                throw new ProblemException(file, "row 1", "column '" + h + "' appears twice");
            }
            if (optional != null && !required.contains(h) && !optional.contains(h)) {
                Set<String> allowed = new TreeSet<>(required);
                allowed.addAll(optional);
                throw new ProblemException(file, "row 1", "unknown column '" + h + "' (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 1; r < raw.size(); r++) {
            List<String> cells = raw.get(r);
            int line = rawLines.get(r);
            if (cells.size() > header.size()) {
                throw new ProblemException(file, "row " + line, cells.size() + " cells, but the header has "
                        + header.size() + " columns");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            rows.add(row);
            lines.add(line);
        }
        return new DataTable(file, List.copyOf(header), rows, lines);
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /** @return the header */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of data rows */
    public int size() {
        return rows.size();
    }

    /** @return the row number (line) of data row i, the header being row 1 */
    public int line(int i) {
        return lines.get(i);
    }

    /** @return the cell of data row i, column c ("" when absent or empty) */
    public String cell(int i, String column) {
        return rows.get(i).getOrDefault(column, "");
    }

    /** @return a problem in a cell */
    public ProblemException problem(int i, String column, String text) {
        return ProblemException.cell(file, line(i), column, text);
    }

    /** @return the cell as a non-empty string */
    public String required(int i, String column) {
        String v = cell(i, column);
        if (v.isEmpty()) {
            throw problem(i, column, "empty (a value is required)");
        }
        return v;
    }

    /**
     * @return the cell as a number; "inf"/"Inf"/"infinity" give +∞ when {@code infinityAllowed}
     */
    public double number(int i, String column, boolean infinityAllowed) {
        String v = required(i, column);
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (infinityAllowed && (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity"))) {
            return Double.POSITIVE_INFINITY;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw problem(i, column, "'" + v + "' is not a number");
        }
        if (!Double.isFinite(d)) {
            throw problem(i, column, "'" + v + "' is not a finite number");
        }
        return d;
    }
}
