package io.escalation.lifecycle;

import io.escalation.EscalationException;
import io.escalation.model.EscalationRef;
import org.jspecify.annotations.Nullable;

/**
 * An event does not continue the history it is applied to: wrong escalation, a version that is
 * not the next one, an instant before the previous event, or a history that does not start with
 * {@link Change.Raised}. A programming or storage error, never a user error.
 */
public final class EventSequenceException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final @Nullable EscalationRef ref;

    /**
     * Creates the exception.
     *
     * @param ref the escalation, when known
     * @param message what does not fit, without personal data
     */
    public EventSequenceException(@Nullable EscalationRef ref, String message) {
        super(ref == null ? message : "escalation " + ref + ": " + message);
        this.ref = ref;
    }

    /**
     * Returns the escalation the history belongs to, when known.
     *
     * @return the ref, or {@code null} for an empty history
     */
    public @Nullable EscalationRef ref() {
        return ref;
    }
}
