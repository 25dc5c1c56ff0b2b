package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;

/**
 * The category of an inquiry (質問のカテゴリ), from the center's own vocabulary.
 *
 * <p>The code identifies it (for routing rules and the case library); the label is how operators
 * say it in each language, e.g. {@code メールの設定に失敗する} and "mail setup failing"; a
 * renderer uses the label of the language it renders ({@link LocalizedText#in(Locale)}). The label is
 * the center's wording, not personal data.
 *
 * @param code the identifier, e.g. {@code mail-setup}
 * @param label how the category is said, per language
 */
public record Category(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @NotNull LocalizedText label) implements Vocabulary {

    /**
     * Validates code and label.
     *
     * @throws io.escalation.InvalidEscalationException if either breaks its rule
     */
    public Category {
        if (!Checks.isCode(code) || label == null) {
            Checks.validate(Category.class, code, label);
        }
    }

    /**
     * Returns the category with this code and one language-neutral label.
     *
     * @param code the identifier
     * @param label the spoken label, the same in every language
     * @return the category
     */
    public static Category of(String code, String label) {
        var check = Checks.building(Category.class);
        LocalizedText text = check.attempt("label", () -> LocalizedText.of(label));
        check.require(Checks.isCode(code), "code", "Pattern", ModelLimits.CODE_MESSAGE, code);
        check.done();
        return new Category(code, java.util.Objects.requireNonNull(text));
    }

    /**
     * Returns the category with this code and its label per language, e.g.
     * {@code Category.of("mail-setup", Map.of(JAPANESE, "メールの設定に失敗する", ENGLISH, "mail setup failing"))}.
     *
     * @param code the identifier
     * @param label language to label; the first is the default (pass a {@link java.util.LinkedHashMap}
     *     when the default matters)
     * @return the category
     */
    public static Category of(String code, Map<Locale, String> label) {
        var check = Checks.building(Category.class);
        LocalizedText text = check.attempt("label", () -> LocalizedText.of(label));
        check.require(Checks.isCode(code), "code", "Pattern", ModelLimits.CODE_MESSAGE, code);
        check.done();
        return new Category(code, java.util.Objects.requireNonNull(text));
    }
}
