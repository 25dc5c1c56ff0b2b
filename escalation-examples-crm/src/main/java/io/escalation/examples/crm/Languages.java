package io.escalation.examples.crm;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** The languages the CRM answers in: Japanese and English, chosen by {@code Accept-Language}; English by default. */
public final class Languages {

    /** The supported languages, in the order a tie is decided. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.JAPANESE);

    private Languages() {}

    /**
     * Picks the reader's language from an {@code Accept-Language} header.
     *
     * @param headers the request's headers
     * @return Japanese or English
     */
    public static Locale pick(HttpHeaders headers) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = headers.getAcceptLanguage();
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH; // an unreadable header is treated as no preference
        }
        Locale picked = Locale.lookup(ranges, SUPPORTED);
        return picked == null ? Locale.ENGLISH : picked;
    }
}
