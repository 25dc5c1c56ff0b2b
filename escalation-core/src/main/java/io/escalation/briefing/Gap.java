package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import io.escalation.model.LocalizedText;
import io.escalation.model.ModelLimits;
import io.escalation.text.Texts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A fact the supervisor will certainly ask for and the escalation does not have (ヒアリング不足).
 * Its text comes from the rule, never from the operator's words: the built-in wording
 * {@code gap.<code>} of {@link Texts}, or a center rule's own wording.
 *
 * @param code stable code, e.g. {@code missing-environment}
 * @param field the model field that should carry it, e.g. {@code inquiry.environment}
 * @param text a center rule's own wording, or {@code null} for the built-in wording of the code
 */
public record Gap(String code, String field, @Nullable LocalizedText text) {

    /**
     * Checks every part.
     *
     * @throws io.escalation.InvalidEscalationException if the code is not a code or the field is blank
     */
    public Gap {
        if (!(Checks.isCode(code) && Checks.isText(field, 200))) {
            Checks.building(Gap.class)
                    .require(Checks.isCode(code), "code", "Pattern", ModelLimits.CODE_MESSAGE, code)
                    .require(Checks.isText(field, 200), "field", "NotBlank", "must be non-blank, at most 200", field)
                    .done();
        }
    }

    /**
     * Returns a gap with the built-in wording of its code.
     *
     * @param code a code with wording {@code gap.<code>} in {@link Texts}
     * @param field the model field that should carry it
     * @return the gap
     */
    public static Gap of(String code, String field) {
        return new Gap(code, field, null);
    }

    /**
     * Returns what to find out, in the reader's language.
     *
     * @param texts the wording
     * @param locale the reader's locale
     * @return the text: the rule's own wording, else {@code gap.<code>}, else the code
     */
    public String text(Texts texts, Locale locale) {
        Checks.building(Gap.class).require(texts != null, "texts", "NotNull", "must not be null", null)
                .require(locale != null, "locale", "NotNull", "must not be null", null).done();
        if (text != null) {
            return text.in(locale);
        }
        return Texts.has("gap." + code) ? texts.get("gap." + code, locale) : code;
    }

    /**
     * Returns what to find out in the built-in wording.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String text(Locale locale) {
        return text(Texts.standard(), locale);
    }
}
