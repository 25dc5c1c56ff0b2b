package io.escalation.model;

import io.escalation.internal.validation.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short text in several languages: how a center says a category, a department, a skill or a
 * tier, or the wording of its own routing reason. The center's wording, not personal data.
 *
 * <p>{@link #in(Locale)} picks a language by a fixed fallback rule: the exact language tag
 * ({@code zh-TW}), then the language alone ({@code zh}), then English, then the first language in
 * tag order. A text made with {@link #of(String)} has one language-neutral text (the root locale,
 * tag {@code und}) that every language falls back to. The languages are kept in tag order, so
 * equal texts are equal however they were built, and their JSON has one form.
 *
 * @param texts language to text, in language-tag order
 */
public record LocalizedText(Map<Locale, String> texts) {

    /**
     * Validates and copies: at least one language; no blank, over-long or control-character text.
     *
     * @throws io.escalation.InvalidEscalationException naming the language of each bad text
     */
    public LocalizedText {
        Checks.Checker check = Checks.building(LocalizedText.class)
                .require(texts != null && !texts.isEmpty(), "texts", "NotEmpty", "needs at least one language",
                        texts);
        if (texts != null) {
            boolean neutral = texts.size() == 1 && texts.containsKey(Locale.ROOT);
            for (Map.Entry<Locale, String> e : texts.entrySet()) {
                String path = neutral ? "" : "texts[" + (e.getKey() == null ? "null" : e.getKey().toLanguageTag()) + "]";
                String text = e.getValue();
                check.require(e.getKey() != null, path, "NotNull", "the language must not be null", null)
                        .require(text != null && !text.isBlank(), path, "NotBlank", "must not be blank", text);
                if (text != null && !text.isBlank()) {
                    check.require(text.length() <= ModelLimits.LABEL_MAX, path, "Size",
                            "must be at most " + ModelLimits.LABEL_MAX + " characters", text)
                            .require(Checks.plainChars(text), path, "Pattern", ModelLimits.TEXT_CHARS_MESSAGE, text);
                }
            }
        }
        check.done();
        Map<Locale, String> sorted = new java.util.TreeMap<>(java.util.Comparator.comparing(Locale::toLanguageTag));
        sorted.putAll(texts);
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /**
     * Returns a language-neutral text, the same in every language (e.g. a brand name).
     *
     * @param text the text
     * @return the localized text
     * @throws io.escalation.InvalidEscalationException if the text is blank or too long
     */
    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(Locale.ROOT, text == null ? "" : text));
    }

    /**
     * Returns a text in one language.
     *
     * @param language the language
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText of(Locale language, String text) {
        Map<Locale, String> m = new LinkedHashMap<>();
        m.put(language, text);
        return new LocalizedText(m);
    }

    /**
     * Returns a text in several languages, e.g. {@code Map.of(JAPANESE, "請求部門", ENGLISH, "billing")}.
     *
     * @param texts language to text
     * @return the localized text
     */
    public static LocalizedText of(Map<Locale, String> texts) {
        return new LocalizedText(texts);
    }

    /**
     * Returns this text with one more language (or another wording for a language it has).
     *
     * @param language the language
     * @param text the text
     * @return the new localized text
     */
    public LocalizedText and(Locale language, String text) {
        Map<Locale, String> m = new LinkedHashMap<>(texts);
        m.put(language, text);
        return new LocalizedText(m);
    }

    /**
     * Returns the text for a reader: the exact tag, else the language alone, else English, else the
     * first language in tag order.
     *
     * @param locale the reader's locale
     * @return the text, never null
     */
    public String in(Locale locale) {
        if (locale != null) {
            String exact = texts.get(locale);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<Locale, String> e : texts.entrySet()) {
                if (e.getKey().getLanguage().equals(locale.getLanguage()) && e.getKey().getCountry().isEmpty()
                        && e.getKey().getVariant().isEmpty() && e.getKey().getScript().isEmpty()) {
                    return e.getValue();
                }
            }
            for (Map.Entry<Locale, String> e : texts.entrySet()) {
                if (!locale.getLanguage().isEmpty() && e.getKey().getLanguage().equals(locale.getLanguage())) {
                    return e.getValue();
                }
            }
        }
        String english = texts.get(Locale.ENGLISH);
        return english != null ? english : texts.values().iterator().next();
    }

    /**
     * Returns whether this text has wording for the reader's language (not only the default).
     *
     * @param locale the reader's locale
     * @return {@code true} when the tag or its language is present
     */
    public boolean has(Locale locale) {
        return locale != null && texts.keySet().stream().anyMatch(l -> l.equals(locale)
                || (!locale.getLanguage().isEmpty() && l.getLanguage().equals(locale.getLanguage())));
    }

    /**
     * Returns the languages, in tag order.
     *
     * @return the locales
     */
    public Set<Locale> languages() {
        return texts.keySet();
    }

    /**
     * Returns whether this is a single language-neutral text.
     *
     * @return {@code true} for a text made with {@link #of(String)}
     */
    public boolean isNeutral() {
        return texts.size() == 1 && texts.containsKey(Locale.ROOT);
    }

    /**
     * Shows the default text and the languages; a center's wording is not personal data.
     *
     * @return e.g. {@code メールの設定に失敗する [ja, en]}
     */
    @Override
    public String toString() {
        List<String> tags = texts.keySet().stream().map(Locale::toLanguageTag).toList();
        return texts.values().iterator().next() + " " + tags;
    }
}
