package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Labeled;
import io.escalation.model.ModelLimits;

/**
 * A fact the supervisor will certainly ask for and the escalation does not have (ヒアリング不足).
 * Its texts come from the rule, never from the operator's words.
 *
 * @param code stable code, e.g. {@code missing-environment}
 * @param field the model field that should carry it, e.g. {@code inquiry.environment}
 * @param japanese what to find out, in Japanese
 * @param english what to find out, in English
 */
public record Gap(String code, String field, String japanese, String english) implements Labeled {

    /**
     * Checks every part.
     *
     * @throws io.escalation.InvalidEscalationException if the code is not a code, or a text is blank
     */
    public Gap {
        if (!(Checks.isCode(code) && Checks.isText(field, 200) && Checks.isText(japanese, 500)
                && Checks.isText(english, 500))) {
            Checks.building(Gap.class)
                    .require(Checks.isCode(code), "code", "Pattern", ModelLimits.CODE_MESSAGE, code)
                    .require(Checks.isText(field, 200), "field", "NotBlank", "must be non-blank, at most 200", field)
                    .require(Checks.isText(japanese, 500), "japanese", "NotBlank", "must be non-blank, at most 500",
                            japanese)
                    .require(Checks.isText(english, 500), "english", "NotBlank", "must be non-blank, at most 500",
                            english)
                    .done();
        }
    }
}
