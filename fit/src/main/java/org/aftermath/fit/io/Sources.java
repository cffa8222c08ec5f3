package org.aftermath.fit.io;

/** Where a problem's reader gets the files the problem file references: the disk, or texts carried in a job. */
public interface Sources {

    /**
     * @param relative a path relative to the problem file's folder
     * @param file     the file that names it (for messages)
     * @param field    the field or cell that names it (for messages)
     * @return the file's text
     * @throws ProblemException naming file and field if it cannot be read
     */
    String read(String relative, String file, String field);
}
