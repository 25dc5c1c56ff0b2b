package io.escalation.desk;

import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;

/**
 * Hears about every transition after it is stored: notifications, metrics, integrations.
 *
 * <p>Called on the thread that performed the action, after the store accepted the event. A
 * listener that throws never undoes or blocks the transition: the desk logs the failure (the
 * escalation id, the action and the exception's class, never its message, which may carry
 * personal data) and calls the next listener.
 */
@FunctionalInterface
public interface EscalationListener {

    /**
     * Receives a stored transition.
     *
     * @param event the stored event
     * @param state the state after it
     */
    void onTransition(EscalationEvent event, EscalationState state);
}
