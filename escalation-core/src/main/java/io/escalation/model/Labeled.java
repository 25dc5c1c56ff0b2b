package io.escalation.model;

import java.util.Locale;

/** A vocabulary term with the words Japanese and English speaking centers use for it. */
public interface Labeled {

    /**
     * Returns the Japanese term, as used on the floor.
     *
     * @return e.g. {@code "ご立腹"}
     */
    String japanese();

    /**
     * Returns the English term.
     *
     * @return e.g. {@code "upset"}
     */
    String english();

    /**
     * Returns the term for {@code locale}: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the reader's locale
     * @return the term
     */
    default String label(Locale locale) {
        io.escalation.internal.validation.Checks.present(Labeled.class, "locale", locale);
        return "ja".equals(locale.getLanguage()) ? japanese() : english();
    }
}
