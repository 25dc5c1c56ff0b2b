package io.escalation.lifecycle;

import io.escalation.EscalationException;
import io.escalation.model.EscalationRef;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action is not allowed in the escalation's current status. Nothing was changed.
 */
public final class IllegalTransitionException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final EscalationRef ref;
    private final EscalationStatus from;
    private final Action action;
    private final Set<Action> allowed;

    /**
     * Creates the exception.
     *
     * @param ref the escalation
     * @param from its current status
     * @param action the refused action
     * @param allowed the actions the status allows
     * @param detail an extra explanation, or empty
     */
    public IllegalTransitionException(EscalationRef ref, EscalationStatus from, Action action,
            Set<Action> allowed, String detail) {
        super("escalation " + ref + ": " + action + " is not allowed when " + from
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")") + "; allowed: "
                + (allowed == null ? "[]" : allowed.stream().filter(java.util.Objects::nonNull).sorted().toList()));
        this.ref = ref;
        this.from = from;
        this.action = action;
        this.allowed = allowed == null ? Set.of()
                : Set.copyOf(allowed.stream().filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Returns the escalation.
     *
     * @return the ref
     */
    public EscalationRef ref() {
        return ref;
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
