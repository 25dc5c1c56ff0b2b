package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * How fast an operator speaks, to estimate how long a script takes. Languages written without
 * spaces between words (Japanese, Chinese, Thai, ...) are counted by characters, others by words.
 * Defaults: 5 characters a second (about 300 a minute, the pace of a broadcast news reader; an
 * operator briefing a busy supervisor is not slower) and 150 words a minute (a common
 * conversational rate of English).
 *
 * @param charactersPerSecond characters per second for languages counted by characters, 1 to 20
 * @param wordsPerMinute words per minute for languages counted by words, 60 to 400
 */
public record SpeakingRate(double charactersPerSecond, int wordsPerMinute) {

    /** The defaults: 5 characters a second, 150 words a minute. */
    public static final SpeakingRate DEFAULT = new SpeakingRate(5.0, 150);

    /** Languages written without spaces between words, counted by characters. */
    private static final Set<String> BY_CHARACTERS = Set.of("ja", "zh", "th", "lo", "km", "my", "yue");

    /**
     * Validates the rates.
     *
     * @throws io.escalation.InvalidEscalationException naming the rate, the range and the value given
     */
    public SpeakingRate {
        Checks.building(SpeakingRate.class)
                .require(charactersPerSecond >= 1 && charactersPerSecond <= 20, "charactersPerSecond", "Range",
                        "must be between 1 and 20, but was " + charactersPerSecond, charactersPerSecond)
                .require(wordsPerMinute >= 60 && wordsPerMinute <= 400, "wordsPerMinute", "Range",
                        "must be between 60 and 400, but was " + wordsPerMinute, wordsPerMinute)
                .done();
    }

    /**
     * Estimates how long a script takes to say.
     *
     * @param script the script
     * @return the estimate
     */
    public Duration estimate(Script script) {
        Checks.present(SpeakingRate.class, "script", script);
        Duration total = Duration.ZERO;
        for (Script.Line line : script.lines()) {
            total = total.plus(estimate(line.text(), script.locale()));
        }
        return total;
    }

    /**
     * Estimates how long a text takes to say in a language.
     *
     * @param text the text
     * @param language its language
     * @return the estimate, to the millisecond
     */
    public Duration estimate(String text, Locale language) {
        Checks.building(SpeakingRate.class).require(text != null, "text", "NotNull", "must not be null", null)
                .require(language != null, "language", "NotNull", "must not be null", null).done();
        if (writtenWithoutSpaces(language)) {
            long characters = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
            return Duration.ofMillis(Math.round(characters * 1000 / charactersPerSecond));
        }
        String trimmed = text.strip();
        long words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Duration.ofMillis(Math.round(words * 60_000.0 / wordsPerMinute));
    }

    /**
     * Returns whether a language is written without spaces between words (counted by characters,
     * its lines run together).
     *
     * @param language the language
     * @return {@code true} for Japanese, Chinese, Thai and the like
     */
    static boolean writtenWithoutSpaces(Locale language) {
        return BY_CHARACTERS.contains(language.getLanguage());
    }
}
