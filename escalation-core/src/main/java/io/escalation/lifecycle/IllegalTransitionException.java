package io.escalation.lifecycle;

import io.escalation.EscalationException;
import io.escalation.model.EscalationId;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action is not allowed in the escalation's current status. Nothing was changed.
 */
public final class IllegalTransitionException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final EscalationId escalationId;
    private final EscalationStatus from;
    private final Action action;
    private final Set<Action> allowed;

    /**
     * Creates the exception.
     *
     * @param escalationId the escalation
     * @param from its current status
     * @param action the refused action
     * @param allowed the actions the status allows
     * @param detail an extra explanation, or empty
     */
    public IllegalTransitionException(EscalationId escalationId, EscalationStatus from, Action action,
            Set<Action> allowed, String detail) {
        super("escalation " + escalationId + ": " + action + " is not allowed when " + from
                + (detail.isEmpty() ? "" : " (" + detail + ")") + "; allowed: " + new TreeSet<>(allowed));
        this.escalationId = escalationId;
        this.from = from;
        this.action = action;
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * Returns the escalation.
     *
     * @return the id
     */
    public EscalationId escalationId() {
        return escalationId;
    }

    /**
     * Returns the status the action was tried in.
     *
     * @return the status
     */
    public EscalationStatus from() {
        return from;
    }

    /**
     * Returns the refused action.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * Returns the actions the status allows.
     *
     * @return an immutable set
     */
    public Set<Action> allowed() {
        return allowed;
    }
}
