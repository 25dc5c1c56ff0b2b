package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.ModelLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Who performs an action: an id from the host's directory and the role they act in.
 *
 * @param id the person's or system's id
 * @param role the role the action is performed in
 */
public record Actor(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String id,
        @NotNull ActorRole role) {

    /**
     * Validates the actor.
     *
     * @throws io.escalation.InvalidEscalationException if the id or role is missing or malformed
     */
    public Actor {
        if (!Checks.isCode(id) || role == null) {
            Checks.validate(Actor.class, id, role);
        }
    }

    /**
     * Returns an operator.
     *
     * @param id the operator's id
     * @return the actor
     */
    public static Actor operator(String id) {
        return new Actor(id, ActorRole.OPERATOR);
    }

    /**
     * Returns a supervisor.
     *
     * @param id the supervisor's id
     * @return the actor
     */
    public static Actor supervisor(String id) {
        return new Actor(id, ActorRole.SUPERVISOR);
    }

    /**
     * Returns a manager.
     *
     * @param id the manager's id
     * @return the actor
     */
    public static Actor manager(String id) {
        return new Actor(id, ActorRole.MANAGER);
    }

    /**
     * Returns someone of a department.
     *
     * @param id the person's id
     * @return the actor
     */
    public static Actor department(String id) {
        return new Actor(id, ActorRole.DEPARTMENT);
    }

    /**
     * Returns the client company.
     *
     * @param id the client's id
     * @return the actor
     */
    public static Actor client(String id) {
        return new Actor(id, ActorRole.CLIENT);
    }

    /**
     * Returns the host system.
     *
     * @param id the system's id
     * @return the actor
     */
    public static Actor system(String id) {
        return new Actor(id, ActorRole.SYSTEM);
    }
}
