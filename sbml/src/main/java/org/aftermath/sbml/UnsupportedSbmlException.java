package org.aftermath.sbml;

/** An SBML construct that {@link SbmlReader} does not support; the message names it. */
final class UnsupportedSbmlException extends RuntimeException {
    UnsupportedSbmlException(String message) {
        super(message);
    }
}
