package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's name: personal data. {@link #toString()} is redacted.
 *
 * @param value the name as the customer gave it; not blank, at most 200 characters
 */
public record PersonName(@NotBlank @Size(max = ModelLimits.LABEL_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String value) {

    /**
     * Validates the name.
     *
     * @throws io.escalation.InvalidEscalationException if it is null, blank or too long
     */
    public PersonName {
        if (!Checks.isText(value, ModelLimits.LABEL_MAX)) {
            Checks.validate(PersonName.class, value);
        }
    }

    /**
     * Returns the name for {@code value}.
     *
     * @param value the name
     * @return the name
     */
    public static PersonName of(String value) {
        return new PersonName(value);
    }

    /** Returns {@code "PersonName[redacted]"}. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
