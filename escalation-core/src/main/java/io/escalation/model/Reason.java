package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why the SDK decided something (a routing decision, a deadline, a priority), in words a
 * supervisor can read, with a stable code for machines.
 *
 * <p>Reason texts are produced from the SDK's or the center's templates and must not contain
 * personal data or operator free text; they are safe to log.
 *
 * @param code stable machine-readable code, e.g. {@code demanded-supervisor}
 * @param japanese the explanation in Japanese
 * @param english the explanation in English
 * @param rule the rule or policy that produced it, e.g. {@code standard/demanded-supervisor}
 */
public record Reason(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @NotBlank @Size(max = ModelLimits.LABEL_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String japanese,
        @NotBlank @Size(max = ModelLimits.LABEL_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String english,
        @NotBlank @Size(max = ModelLimits.LABEL_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String rule) implements Labeled {

    /**
     * Validates the reason.
     *
     * @throws io.escalation.InvalidEscalationException if a part breaks its rule
     */
    public Reason {
        if (!Checks.isCode(code) || !Checks.isText(japanese, ModelLimits.LABEL_MAX)
                || !Checks.isText(english, ModelLimits.LABEL_MAX) || !Checks.isText(rule, ModelLimits.LABEL_MAX)) {
            Checks.validate(Reason.class, code, japanese, english, rule);
        }
    }

    /**
     * Returns a reason.
     *
     * @param code stable code
     * @param japanese Japanese text
     * @param english English text
     * @param rule the producing rule
     * @return the reason
     */
    public static Reason of(String code, String japanese, String english, String rule) {
        return new Reason(code, japanese, english, rule);
    }
}
