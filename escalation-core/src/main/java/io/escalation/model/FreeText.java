package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Free text an operator typed: the decision wanted, a concern, an action taken, background.
 *
 * <p>Free text may contain anything a customer said, so the SDK treats it as personal data:
 * {@link #toString()} shows only its length, and it never appears in logs or exception messages.
 * Read it with {@link #value()} when you render it to the people who need it.
 *
 * @param value the text; not blank, at most 4,000 characters
 */
public record FreeText(@NotBlank @Size(max = ModelLimits.TEXT_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String value) {

    /**
     * Validates the text.
     *
     * @throws io.escalation.InvalidEscalationException if it is null, blank or too long
     */
    public FreeText {
        if (!Checks.isText(value, ModelLimits.TEXT_MAX)) {
            Checks.validate(FreeText.class, value);
        }
    }

    /**
     * Returns free text for {@code value}.
     *
     * @param value the text
     * @return the free text
     */
    public static FreeText of(String value) {
        return new FreeText(value);
    }

    /** Returns a redacted description: the text's length, never its content. */
    @Override
    public String toString() {
        return "FreeText[redacted, " + value.length() + " chars]";
    }
}
