package org.aftermath.kernel.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model that cannot be read or compiled: every problem found, each with where it is.
 * The message lists them one per line as {@code file:line: message}.
 */
public class ModelException extends RuntimeException {

    /** One problem at one place. */
    public record Problem(Origin origin, String message) {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }

    private final List<Problem> problems;

    public ModelException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ModelException(Origin origin, String message) {
        this(List.of(new Problem(origin, message)));
    }

    /** @return the problems, at least one */
    public List<Problem> problems() {
        return problems;
    }
}
