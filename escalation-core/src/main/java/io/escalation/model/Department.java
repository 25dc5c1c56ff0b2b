package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A related department (関連部署) that decides on some requests, e.g. refunds; defined by the center.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record Department(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public Department {
        if (!Checks.isCode(value)) {
            Checks.validate(Department.class, value);
        }
    }

    /**
     * Returns the value for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static Department of(String value) {
        return new Department(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
