package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Identifies one escalation within a tenant.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record EscalationId(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public EscalationId {
        if (!Checks.isCode(value)) {
            Checks.validate(EscalationId.class, value);
        }
    }

    /**
     * Returns the value for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static EscalationId of(String value) {
        return new EscalationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
