package org.aftermath.cli;

import java.util.function.Supplier;

/** A command-line value that parses but is not allowed; the message names the option. */
final class BadOptionException extends RuntimeException {
    BadOptionException(String message) {
        super(message);
    }

    /**
     * Runs {@code body}, turning a value it refuses ({@link IllegalArgumentException}) into a
     * one-line bad-option error.
     *
     * @param body   builds something from option values
     * @param option the option named in front of the message, or "" when the message names it
     * @return what {@code body} built
     * @throws BadOptionException with {@code option: message}
     */
    static <T> T choice(Supplier<T> body, String option) {
        try {
            return body.get();
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(option.isEmpty() ? e.getMessage() : option + ": " + e.getMessage());
        }
    }
}
