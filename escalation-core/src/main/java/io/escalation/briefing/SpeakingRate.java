package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import java.time.Duration;

/**
 * How fast an operator speaks, to estimate how long a script takes. Defaults: 5 Japanese characters
 * a second (about 300 a minute, the pace of a broadcast news reader; an operator briefing a busy
 * supervisor is not slower) and 150 English words a minute (a common conversational rate).
 *
 * @param japaneseCharactersPerSecond characters of Japanese text per second, 1 to 20
 * @param englishWordsPerMinute English words per minute, 60 to 400
 */
public record SpeakingRate(double japaneseCharactersPerSecond, int englishWordsPerMinute) {

    /** The defaults: 5 characters a second, 150 words a minute. */
    public static final SpeakingRate DEFAULT = new SpeakingRate(5.0, 150);

    /**
     * Validates the rates.
     *
     * @throws io.escalation.InvalidEscalationException naming the rate, the range and the value given
     */
    public SpeakingRate {
        Checks.building(SpeakingRate.class)
                .require(japaneseCharactersPerSecond >= 1 && japaneseCharactersPerSecond <= 20,
                        "japaneseCharactersPerSecond", "Range",
                        "must be between 1 and 20, but was " + japaneseCharactersPerSecond, japaneseCharactersPerSecond)
                .require(englishWordsPerMinute >= 60 && englishWordsPerMinute <= 400, "englishWordsPerMinute", "Range",
                        "must be between 60 and 400, but was " + englishWordsPerMinute, englishWordsPerMinute)
                .done();
    }

    /**
     * Estimates how long a script takes to say.
     *
     * @param script the script
     * @return the estimate
     */
    public Duration estimate(Script script) {
        Duration total = Duration.ZERO;
        for (Script.Line line : script.lines()) {
            total = total.plus(estimate(line.text(), "ja".equals(script.locale().getLanguage())));
        }
        return total;
    }

    /**
     * Estimates how long a text takes to say.
     *
     * @param text the text
     * @param japanese whether it is Japanese (counted by characters) or not (counted by words)
     * @return the estimate, to the millisecond
     */
    public Duration estimate(String text, boolean japanese) {
        if (japanese) {
            long characters = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
            return Duration.ofMillis(Math.round(characters * 1000 / japaneseCharactersPerSecond));
        }
        String trimmed = text.strip();
        long words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Duration.ofMillis(Math.round(words * 60_000.0 / englishWordsPerMinute));
    }
}
