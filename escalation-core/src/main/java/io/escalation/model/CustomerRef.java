package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The host's opaque reference to a customer record (for example a CRM key). It must not itself be personal data such as a phone number; the SDK treats it as an identifier.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record CustomerRef(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public CustomerRef {
        if (!Checks.isCode(value)) {
            Checks.validate(CustomerRef.class, value);
        }
    }

    /**
     * Returns the value for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static CustomerRef of(String value) {
        return new CustomerRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
