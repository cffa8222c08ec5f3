package org.aftermath.output;

/**
 * A command may not write where it was asked to ({@link OutputPolicy}): bad input, exit status 2.
 * The message is one line naming the path, what is there and what is allowed.
 */
public class OutputRefusedException extends RuntimeException {

    /** @param message one line: the path, the problem, what is allowed */
    public OutputRefusedException(String message) {
        super(message);
    }
}
