package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The category of an inquiry (質問のカテゴリ), from the center's own vocabulary.
 *
 * <p>The code identifies it (for routing rules and the case library); the label is how operators
 * say it, e.g. {@code "メールの設定に失敗する"} or {@code "mail setup failing"}. The label is the
 * center's wording, not personal data.
 *
 * @param code the identifier, e.g. {@code mail-setup}
 * @param label how the category is said in a briefing; 1-200 characters
 */
public record Category(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @NotBlank @Size(max = ModelLimits.LABEL_MAX) @Pattern(regexp = ModelLimits.TEXT_CHARS, message = ModelLimits.TEXT_CHARS_MESSAGE) String label) {

    /**
     * Validates code and label.
     *
     * @throws io.escalation.InvalidEscalationException if either breaks its rule
     */
    public Category {
        if (!Checks.isCode(code) || !Checks.isText(label, ModelLimits.LABEL_MAX)) {
            Checks.validate(Category.class, code, label);
        }
    }

    /**
     * Returns the category with this code and label.
     *
     * @param code the identifier
     * @param label the spoken label
     * @return the category
     */
    public static Category of(String code, String label) {
        return new Category(code, label);
    }
}
