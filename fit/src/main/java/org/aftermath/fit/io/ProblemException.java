package org.aftermath.fit.io;

/**
 * Bad input of a fit: names the file and where in it (a YAML field path, or a table's row and column) and what
 * is allowed, in one line.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String where;
    private final String problem;

    /**
     * @param file    the file, as the user named it
     * @param where   the field path or "row R, column C" (empty: the file as a whole)
     * @param problem what is wrong and what is allowed
     */
    public ProblemException(String file, String where, String problem) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + problem);
        this.file = file;
        this.where = where == null ? "" : where;
        this.problem = problem;
    }

    /** A problem in a table cell: "file, row R, column C: problem" (R counts the header as row 1). */
    public static ProblemException cell(String file, int row, String column, String problem) {
        return new ProblemException(file, "row " + row + ", column " + column, problem);
    }

    /** @return the file */
    public String file() {
        return file;
    }

    /** @return where in the file */
    public String where() {
        return where;
    }

    /** @return the problem */
    public String problem() {
        return problem;
    }
}
