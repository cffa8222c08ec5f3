package org.aftermath.cli;

/** A command-line value that parses but is not allowed; the message names the option. */
final class BadOptionException extends RuntimeException {
    BadOptionException(String message) {
        super(message);
    }
}
