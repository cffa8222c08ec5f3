package org.aftermath.cohort.run;

/**
 * Thrown when every patient of a cohort failed ({@link PatientOutcome#failed}): the rows are written, but there is no
 * outcome to summarise. Resuming the folder gives the same answer, since the rows are kept.
 */
public final class NoPatientCompletedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param patients the number of patients, all failed */
    public NoPatientCompletedException(long patients) {
        super("every one of the " + patients + " patients failed, so there is nothing to summarise; the status and"
                + " failure columns of " + CohortRun.PATIENTS + " say why");
    }
}
