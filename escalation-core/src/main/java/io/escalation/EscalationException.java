package io.escalation;

/**
 * Root of every exception the Escalation SDK throws on purpose.
 *
 * <p>All subclasses are unchecked and carry structured context (field paths, rule names, escalation
 * ids) so a host can react without parsing messages. By contract, no message of an
 * {@code EscalationException} contains personal data: customer names, contact points and free text
 * never appear in it, only the path and the kind of a rejected value.
 */
public abstract class EscalationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that contains no personal data.
     *
     * @param message what went wrong, naming fields and rules only
     */
    protected EscalationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message that contains no personal data and a cause whose message
     * must not contain personal data either.
     *
     * @param message what went wrong, naming fields and rules only
     * @param cause the underlying failure
     */
    protected EscalationException(String message, Throwable cause) {
        super(message, cause);
    }
}
