package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Identifies a frontline operator (オペレーター) in the host's staff directory.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record OperatorId(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public OperatorId {
        if (!Checks.isCode(value)) {
            Checks.validate(OperatorId.class, value);
        }
    }

    /**
     * Returns the value for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static OperatorId of(String value) {
        return new OperatorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
