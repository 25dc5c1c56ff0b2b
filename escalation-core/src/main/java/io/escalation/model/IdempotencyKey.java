package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A key the host supplies so that raising the same escalation twice (a retried request, a double
 * click) creates it once. Unique per tenant.
 *
 * @param value 1-128 characters of letters, digits or {@code ._:/+=-}
 */
public record IdempotencyKey(@NotNull @Pattern(regexp = ModelLimits.KEY, message = ModelLimits.KEY_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or malformed
     */
    public IdempotencyKey {
        if (!Checks.isKey(value)) {
            Checks.validate(IdempotencyKey.class, value);
        }
    }

    /**
     * Returns the key for {@code value}.
     *
     * @param value the key
     * @return the key
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
