package io.escalation.lifecycle;

import io.escalation.EscalationException;

/**
 * An event does not continue the history it is applied to: wrong escalation, a version that is
 * not the next one, an instant before the previous event, or a history that does not start with
 * {@link EscalationEvent.Raised}. A programming or storage error, never a user error.
 */
public final class EventSequenceException extends EscalationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what does not fit, without personal data
     */
    public EventSequenceException(String message) {
        super(message);
    }
}
