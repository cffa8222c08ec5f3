package org.aftermath.cohort.run;

import org.aftermath.output.OutputRefusedException;

/**
 * The output folder cannot take this cohort (an unfinished run without resume, nothing to resume, a mismatch), on
 * top of what the {@link org.aftermath.output.OutputPolicy} refuses.
 */
public final class CohortFolderException extends OutputRefusedException {

    /** @param message one line naming the folder, what is wrong and what to do */
    public CohortFolderException(String message) {
        super(message);
    }
}
