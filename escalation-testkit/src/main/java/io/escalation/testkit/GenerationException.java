package io.escalation.testkit;

/** A generator could not produce a value, e.g. a filter rejected too many in a row. */
public final class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public GenerationException(String message) {
        super(message);
    }
}
