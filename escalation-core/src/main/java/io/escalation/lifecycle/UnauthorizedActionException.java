package io.escalation.lifecycle;

import io.escalation.EscalationException;
import io.escalation.model.EscalationRef;

/**
 * The actor lacks the authority for an action (an operator approving irregular handling, a
 * supervisor granting an exception nobody approved, a responder who is away being assigned, ...).
 * Nothing was changed.
 */
public final class UnauthorizedActionException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final EscalationRef ref;
    private final Action action;
    private final ActorRole role;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param ref the escalation
     * @param action the refused action
     * @param role the role the actor acted in
     * @param rule the authority rule that refused it, in words (no personal data)
     */
    public UnauthorizedActionException(EscalationRef ref, Action action, ActorRole role, String rule) {
        super("escalation " + ref + ": " + role + " may not " + action + ": " + rule);
        this.ref = ref;
        this.action = action;
        this.role = role;
        this.rule = rule;
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
     * Returns the refused action.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * Returns the role the actor acted in.
     *
     * @return the role
     */
    public ActorRole role() {
        return role;
    }

    /**
     * Returns the authority rule, in words.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }
}
