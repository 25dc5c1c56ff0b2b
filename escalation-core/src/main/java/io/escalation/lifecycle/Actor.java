package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.ActorId;
import jakarta.validation.constraints.NotNull;

/**
 * Who performs an action: an id from the host's directory and the role they act in.
 *
 * @param id the person's or system's id
 * @param role the role the action is performed in
 */
public record Actor(
        @NotNull ActorId id,
        @NotNull ActorRole role) {

    /**
     * Validates the actor.
     *
     * @throws io.escalation.InvalidEscalationException if the id or role is missing or malformed
     */
    public Actor {
        if (id == null || role == null) {
            Checks.validate(Actor.class, id, role);
        }
    }

    /**
     * Returns an actor from an id given as text.
     *
     * @param id the person's or system's id
     * @param role the role
     * @return the actor
     * @throws io.escalation.InvalidEscalationException if the id is not a valid code or the role is missing
     */
    public static Actor of(String id, ActorRole role) {
        var check = Checks.building(Actor.class);
        ActorId actorId = check.attempt("id", () -> ActorId.of(id));
        check.require(role != null, "role", "NotNull", "must not be null", role);
        check.done();
        return new Actor(java.util.Objects.requireNonNull(actorId), role);
    }

    /**
     * Returns an operator.
     *
     * @param id the operator's id
     * @return the actor
     */
    public static Actor operator(String id) {
        return of(id, ActorRole.OPERATOR);
    }

    /**
     * Returns a supervisor.
     *
     * @param id the supervisor's id
     * @return the actor
     */
    public static Actor supervisor(String id) {
        return of(id, ActorRole.SUPERVISOR);
    }

    /**
     * Returns a manager.
     *
     * @param id the manager's id
     * @return the actor
     */
    public static Actor manager(String id) {
        return of(id, ActorRole.MANAGER);
    }

    /**
     * Returns someone of a department.
     *
     * @param id the person's id
     * @return the actor
     */
    public static Actor department(String id) {
        return of(id, ActorRole.DEPARTMENT);
    }

    /**
     * Returns the client company.
     *
     * @param id the client's id
     * @return the actor
     */
    public static Actor client(String id) {
        return of(id, ActorRole.CLIENT);
    }

    /**
     * Returns the host system.
     *
     * @param id the system's id
     * @return the actor
     */
    public static Actor system(String id) {
        return of(id, ActorRole.SYSTEM);
    }

    @Override
    public String toString() {
        return role + ":" + id;
    }
}
