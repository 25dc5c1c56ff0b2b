package io.escalation.internal.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.escalation.text.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(TOKYO);
    }

    @Test
    void aMidnightPromiseIsSaidAsTheEndOfTheDayBeforeNotAsTheNextNight() {
        assertEquals("本日24時までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-02T00:00"), MONDAY));
        assertEquals("by midnight tonight", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-02T00:00"), MONDAY));
        assertEquals("明日の24時までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-03T00:00"), MONDAY));
        assertEquals("by the end of tomorrow", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-03T00:00"), MONDAY));
        assertEquals("明後日の24時までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-04T00:00"), MONDAY));
        assertEquals("by the end of Wed, Jun 3", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-04T00:00"), MONDAY));
        assertEquals("6月4日（木）24時までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-05T00:00"), MONDAY));
    }

    @Test
    void aNoonPromiseIsTheMorningInJapaneseAndNoonTodayInEnglish() {
        assertEquals("本日の午前中に", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-01T12:00"), MONDAY));
        assertEquals("by noon today", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-01T12:00"), MONDAY));
        assertEquals("明日の午前中に", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-02T12:00"), MONDAY));
        assertEquals("tomorrow morning", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-02T12:00"), MONDAY));
        assertEquals("by noon on Wed, Jun 3", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-03T12:00"), MONDAY));
    }

    @Test
    void otherTimesNameTheClockAndTheDay() {
        assertEquals("本日17時までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-01T17:00"), MONDAY));
        assertEquals("by 5 pm today", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-01T17:00"), MONDAY));
        assertEquals("明日の10時30分までに", Phrases.say(Texts.standard(), Locale.JAPANESE, at("2026-06-02T10:30"), MONDAY));
        assertEquals("by 12:15 am tomorrow", Phrases.say(Texts.standard(), Locale.ENGLISH, at("2026-06-02T00:15"), MONDAY));
    }

    @Test
    void aThirdLanguageNeedsOnlyItsTexts() {
        Texts texts = Texts.standard().with(Locale.CHINESE, java.util.Map.of(
                "callback.promise.by.today", "今天{time}之前", "callback.time.on_the_hour", "H点",
                "callback.time.with_minutes", "H点m分"));
        assertEquals("今天17点之前", Phrases.say(texts, Locale.CHINESE, at("2026-06-01T17:00"), MONDAY));
        assertEquals("by 10点30分 tomorrow", Phrases.say(texts, Locale.CHINESE, at("2026-06-02T10:30"), MONDAY),
                "a key a language leaves out falls back to English, key by key");
    }
}
