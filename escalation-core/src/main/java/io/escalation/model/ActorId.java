package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Identifies someone who acts on escalations or answers them: a person in the host's staff
 * directory (operator, supervisor, manager, department member), a client contact, or a system
 * (a timer, an integration). Routing's responders, the lifecycle's actors and callback
 * candidates all name people with it.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record ActorId(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public ActorId {
        if (!Checks.isCode(value)) {
            Checks.validate(ActorId.class, value);
        }
    }

    /**
     * Returns the id for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    /**
     * Returns the actor id of an operator.
     *
     * @param operator the operator's id
     * @return the same identifier as an actor id
     */
    public static ActorId of(OperatorId operator) {
        return new ActorId(Checks.present(ActorId.class, "operator", operator).value());
    }

    @Override
    public String toString() {
        return value;
    }
}
