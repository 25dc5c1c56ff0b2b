package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A skill a responder has and a category needs (mail, billing, English), from the center's
 * vocabulary. Equal by code: the label is how it is said, not what it is.
 *
 * @param code the identifier, e.g. {@code mail}
 * @param label how it is said in each language, or {@code null}
 */
public record Skill(@NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @Nullable LocalizedText label) implements Vocabulary {

    /**
     * Validates the code.
     *
     * @throws io.escalation.InvalidEscalationException if the code is null or not a valid code
     */
    public Skill {
        if (!Checks.isCode(code)) {
            Checks.validate(Skill.class, code, label);
        }
    }

    /**
     * Returns the skill with this code and no wording of its own.
     *
     * @param code the identifier
     * @return the skill
     */
    public static Skill of(String code) {
        return new Skill(code, null);
    }

    /**
     * Returns the skill with this code and its name per language.
     *
     * @param code the identifier
     * @param label language to name, e.g. {@code Map.of(JAPANESE, "メール", ENGLISH, "mail")}
     * @return the skill
     */
    public static Skill of(String code, Map<Locale, String> label) {
        return new Skill(code, LocalizedText.of(label));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Skill d && d.code.equals(code);
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
