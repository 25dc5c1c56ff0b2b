package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A related department (関連部署) escalations are referred to, e.g. refunds, from the center's
 * vocabulary. Equal by code: the label is how it is said, not what it is.
 *
 * @param code the identifier, e.g. {@code billing}
 * @param label how it is said in each language, or {@code null}
 */
public record Department(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @Nullable LocalizedText label) implements Vocabulary {

    /**
     * Validates the code.
     *
     * @throws io.escalation.InvalidEscalationException if the code is null or not a valid code
     */
    public Department {
        if (!Checks.isCode(code)) {
            Checks.validate(Department.class, code, label);
        }
    }

    /**
     * Returns the department with this code and no wording of its own.
     *
     * @param code the identifier
     * @return the department
     */
    public static Department of(String code) {
        return new Department(code, null);
    }

    /**
     * Returns the department with this code and its name per language.
     *
     * @param code the identifier
     * @param label language to name, e.g. {@code Map.of(JAPANESE, "請求部門", ENGLISH, "billing")}
     * @return the department
     */
    public static Department of(String code, Map<Locale, String> label) {
        return new Department(code, LocalizedText.of(label));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Department d && d.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
