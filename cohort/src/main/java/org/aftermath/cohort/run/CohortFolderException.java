package org.aftermath.cohort.run;

/** The output folder cannot take this cohort (an unfinished run without resume, a foreign folder, a mismatch). */
public final class CohortFolderException extends RuntimeException {

    /** @param message one line naming the folder, what is wrong and what to do */
    public CohortFolderException(String message) {
        super(message);
    }
}
