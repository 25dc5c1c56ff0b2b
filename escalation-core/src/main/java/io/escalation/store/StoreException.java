package io.escalation.store;

import io.escalation.EscalationException;

/**
 * A store could not do what was asked. Subclasses name the reason; a store wraps its own
 * failures (an SQL error, say) in this type, without personal data in the message.
 */
public class StoreException extends EscalationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
