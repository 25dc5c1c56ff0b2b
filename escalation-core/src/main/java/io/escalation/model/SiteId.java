package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A contact-center site (拠点), defined by the center, e.g. {@code tokyo-1} or {@code bangkok}.
 *
 * <p>A small value type: 1-64 characters of letters, digits, {@code . _ : -}, starting with a
 * letter or digit. Compared by value; {@link #toString()} returns the value.
 *
 * @param value the identifier
 */
public record SiteId(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String value) {

    /**
     * Validates the value.
     *
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public SiteId {
        if (!Checks.isCode(value)) {
            Checks.validate(SiteId.class, value);
        }
    }

    /**
     * Returns the value for {@code value}.
     *
     * @param value the identifier
     * @return the value type
     * @throws io.escalation.InvalidEscalationException if the value is null or not a valid code
     */
    public static SiteId of(String value) {
        return new SiteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
